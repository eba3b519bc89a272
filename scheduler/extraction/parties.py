"""The sides of the cooperation an event belongs to, as Russian dictionary names.

«делегация Псковской области посетила Витебск» → («Витебская область», «Псковская область»): the Belarusian
side first, then the Russian. A region is named by its adjective and «область» in any case and language
(«Курской области», «Гомельская вобласць», "Bryansk region"), by a town the gazetteer seats in it («в Гомеле»),
by a region's delegation («курская делегация») or by a republic; a country stands only where no region of it
is named («Республика Беларусь», «Российская Федерация»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, islice

from .event_lexicon import BELARUS_REGIONS, BELARUS_TOWNS, REGIONS, REPUBLICS
from .event_text import fold, parses
from .gazetteer import country_of_town, region_of, towns_of_stem
from .names import looks_like_a_surname, russian_person, russian_spellings
from .places import (
    COUNTRIES,
    KRAI_NOUNS,
    REPUBLIC_OF_STEM,
    district_name,
    known_region,
    place_name,
    places_in,
    region_name,
    republic_of,
)

BELARUS = "Республика Беларусь"
RUSSIA = "Российская Федерация"
# cities of their own standing: a party by themselves, not their oblast's
_CITIES = frozenset({"Минск", "Москва", "Санкт-Петербург"})
_CENTRES = {city: region for region, city in REGIONS.values()} | {
    city: republic for republic, (city, _stems) in REPUBLICS.items()}
_REGIONS = frozenset(region for region, _ in REGIONS.values())
_DISTRICT = re.compile(r"([А-ЯЁ][а-яё]+(?:ский|ского|скому|ским|ском|цкий|цкого|цкому|цким|цком))\s+район")
# a republic by its name in any case and language: «глава Башкирии», "the Head of Bashkiria", «Удмуртской Республики»
_REPUBLIC_WORD = re.compile("(?<![\\w-])(?:" + "|".join(sorted(map(re.escape, REPUBLIC_OF_STEM), key=len, reverse=True))
                            + ")[\\w'-]*")
_REPUBLIC_HEADS = frozenset(stem[:3] for stem in REPUBLIC_OF_STEM)  # looked for first, cheaply
_REGION = re.compile(rf"(?<![\w-])([A-ZА-ЯЁІЎa-zа-яёіў][\w'-]+?)\s+(?:област\w*|обл\.|вобласц\w*|{KRAI_NOUNS}|oblast"
                     r"|region(?:al)?)\b", re.I)  # ("the Vitebsk Regional Executive Committee": the region's)
# «Витебской и Брянской областей», "the Vitebsk and Bryansk regions": two regions under one plural noun
# the noun of a region's name, read as a word ("Oblast", «области», «краю»)
_REGION_NOUN = re.compile(r"(?i)(?:oblast|region|krai|territory|област|вобласц|кра[йяю])\w*")
_EN_FIRST_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")  # the first word of a two-word name ("Nizhny Novgorod")
_TWO_REGIONS = re.compile(r"(?<![\w-])([\w'-]+)\s+(?:и|і|and)\s+([\w'-]+)\s+(?:областей|областям\w*|областях"
                          r"|вобласцей|вобласцям\w*|regions|oblasts)\b", re.I)
_DELEGATION = re.compile(r"(?<![\w-])([а-яёіў]+(?:ая|ой|ую|ая|ай|ой|скіх|ских))\s+(?:делегаци|дэлегацы)\w*", re.I)
_OF_TOWN_WORDS = re.compile(r"делегац|дэлегац|губернат|мэр|delegation|governor|mayor")
_OF_TOWN = re.compile(r"(?:[Дд]елегаци|[Дд]элегацы|[Гг]убернато?а?р|[Мм]эр|[Dd]elegation|[Gg]overnor|[Mm]ayor)[\w’']*\s+"
                      r"(?:из\s+|з\s+|from\s+|of\s+)?(?:the\s+city\s+of\s+)?([A-ZА-ЯЁІЎ][\w-]+(?:\s+[A-ZА-ЯЁІЎ][\w-]+)?)")
_OBLAST_EXECUTIVE = re.compile(r"([А-ЯЁІЎ](?<!\w[А-ЯЁІЎ])[а-яёіў]+(?:ого|ий|ым|им|ом|ага|ім|і))\s+(?:облисполком|аблвыканкам)\w*")
_COUNTRY_ADJ = re.compile(r"(?i)(белорусск|беларуск)|(?:российск|расійск)")
_BELARUS = re.compile(r"(?i)\bбел(?:арус|орусс)\w*|\bбеларусі\b|\bbelarus\w*|\bбеларуск\w*|\bбелорусск\w*")
_RUSSIA = re.compile(r"(?i)\bросси\w*|\bрасі\w*|\bрасійск\w*|\brussia\w*|\bроссийск\w*")


_ENVOY = re.compile(r"(?i)\b(?:посол|посл[аеуоы]\w*|пасол|пасл[аеуоы]\w*|ambassador|консул\w*)")
_ENVOY_COUNTRY = re.compile(r"(?i)\b(?:(белорусск\w*|беларуск\w*|беларус\w*|белорусси\w*|belarus\w*)|российск\w*|расійск\w*"
                            r"|росси\w*|расі\w*|russia\w*)")
_TO = ("to", "в", "во", "у", "ў", "in")


def envoy_of(role: str) -> str | None:
    """«пасол Расіі ў Беларусі», "Ambassador of Russia to Belarus", "Russian Ambassador to Belarus": an envoy serves
    the country that sends him, not the one he is posted to («в», "to"); None for a role of no envoy."""
    if not _ENVOY.search(role):
        return None
    sent = posted = None
    for m in _ENVOY_COUNTRY.finditer(role):
        side = BELARUS if m.group(1) else RUSSIA
        before = [w.lower() for w in role[:m.start()].split()[-4:] if not w.lower().startswith(("республик", "рэспублік",
                                                                                               "republic", "the", "of"))]
        if before and before[-1] in _TO:  # («в Республике Беларусь», "to the Republic of Belarus")
            posted = posted or side
        else:
            sent = sent or side
    if sent:
        return sent
    return (RUSSIA if posted == BELARUS else BELARUS) if posted else None


@lru_cache(maxsize=4096)  # asked of every party of every event
def is_belarusian(name: str) -> bool:
    return name == BELARUS or fold(name).startswith(BELARUS_REGIONS) or name in BELARUS_TOWNS \
        or country_of_town(name) == "Беларусь"


_REGION_AFTER = re.compile(r"\w*\s+[А-ЯЁІЎ][а-яёіў]+(?:ой|ай|ей)\s+(?:области|вобласці|края)\b")


@lru_cache(maxsize=4096)
def _a_person(first: str, last: str) -> bool:
    """«Владимиром Груздевым», "Vladimir Gruzdev", «Уладзімірам Груздзевым»: a first name and a surname, whatever town
    the first name also names («Владимир»)."""
    if " " in (place_name(f"{first} {last}") or ""):
        return False  # («Нижнего Новгорода», «Великих Лук»: a town of two words)
    return bool(russian_person(first, last, "en")) or bool(russian_person(first, last, "be")) \
        or looks_like_a_surname(last) and any("Name" in p.tag for p in parses(first.lower()))


@lru_cache(maxsize=8192)
def _named(text: str) -> tuple[str, ...]:
    """The parties one text names, in order of appearance (regions, republics, cities of their own standing)."""
    found: list[tuple[int, str]] = []
    low = text.lower()  # (the substring tests below spare the patterns that cannot be scanned ahead)
    for m in _REGION.finditer(text) if "обл" in low or "вобласц" in low or "oblast" in low or "region" in low \
            or "кра" in low or "krai" in low or "kray" in low or "territory" in low else ():
        word = m.group(1)
        name = place_name(f"{word} region") if re.match(r"[A-Za-z]", word) else region_name(word)
        if re.match(r"[A-Za-z]", word) and (first := _EN_FIRST_WORD.search(text, 0, m.start())) \
                and (town := place_name(f"{first.group(1)} {word}")) and " " in town:
            name = party_of_place(town) or name  # "Nizhny Novgorod Oblast" is Нижегородская, not Новгородская
        if name and known_region(name):
            found.append((m.start(), name))
    for m in _TWO_REGIONS.finditer(text) if "обл" in low or "вобласц" in low or "oblasts" in low \
            or "regions" in low else ():
        for g in (1, 2):
            word = m.group(g)
            name = place_name(f"{word} region") if re.match(r"[A-Za-z]", word) else region_name(word)
            if name and known_region(name):
                found.append((m.start(g), name))
    for m in _DELEGATION.finditer(text) if "делегац" in low or "дэлегац" in low else ():
        word = m.group(1)
        if any(fold(word).startswith(fold(s)) for s in REGIONS) and (name := region_name(word)):
            found.append((m.start(), name))
    for m in _OF_TOWN.finditer(text) if _OF_TOWN_WORDS.search(low) else ():
        # «Делегация Санкт-Петербурга», «губернатор Нижнего Новгорода», "the Mayor of Kazan": a town's side named
        # where it is no venue
        words = m.group(1).split()
        if len(words) > 1 and _REGION_NOUN.match(words[1]):
            continue  # "a delegation from Leningrad Oblast": a region, read above (not the town of Leningrad)
        if len(words) > 1 and _a_person(words[0], words[1]):
            continue  # «с губернатором Владимиром Груздевым», "Governor Vladimir Gruzdev": a man, not the town
        town = place_name(" ".join(words)) or (place_name(words[0]) if len(words) > 1 else None)
        if town and (name := party_of_place(town)) is not None:
            found.append((m.start(1), name))
    offices = set()  # «Минского облисполкома»: the region's executive is the region's, not its seat's
    for m in _OBLAST_EXECUTIVE.finditer(text) if "облисполком" in low or "аблвыканкам" in low else ():
        if (name := region_name(m.group(1))) and known_region(name):
            found.append((m.start(), name))
            offices.add(m.start())
    for at, place in places_in(text):
        if at not in offices and (name := party_of_place(place)) is not None:
            found.append((at, name))
    for m in _DISTRICT.finditer(text) if "район" in low or "раён" in low else ():
        # «глава Руднянского района», «Руднянский район»: a district's side, its town's
        if _REGION_AFTER.match(text, m.end()):
            continue  # «Великолукского района Псковской области»: the district's region is named, read on its own
        if (district := district_name(m.group(1))) and (name := party_of_place(district)) is not None:
            found.append((m.start(), name))
    for m in _REPUBLIC_WORD.finditer(low) if any(h in low for h in _REPUBLIC_HEADS) else ():
        # «глава Башкирии», "the Head of Bashkiria", «делегация Татарстана»: a republic by its name in any case
        if text[m.start()].isupper() and (name := republic_of(m.group())) is not None:
            found.append((m.start(), name))
    if ("бел" in low or "belarus" in low) and _BELARUS.search(text):
        found.append((len(text), BELARUS))
    if ("росс" in low or "расі" in low or "russia" in low) and _RUSSIA.search(text):
        found.append((len(text), RUSSIA))
    found.sort()
    return tuple(dict.fromkeys(name for _, name in found))


@lru_cache(maxsize=4096)  # asked of every place of every party phrase; a place's side never changes
def party_of_place(place: str) -> str | None:
    """The party a place belongs to: a region's centre → the region, a Belarusian town → Belarus."""
    if (republic := republic_of(place)) is not None:
        return republic
    if place in _CITIES:
        return place
    if place in _CENTRES:
        return _CENTRES[place]
    if known_region(place):
        return place
    region = region_of(place)  # «Орша» → «Витебская область»
    if region in _REGIONS or region in _CITIES:
        return region
    if region is not None and (republic := republic_of(region)) is not None:
        return republic  # «Набережные Челны» → «Республика Татарстан»
    if place in BELARUS_TOWNS or country_of_town(place) == "Беларусь":
        return BELARUS
    if place.endswith(" район") and len(stem := fold(place.split()[0])[:-5]) >= 4:
        # «Руднянский район»: the side of its town, the one whose name its stem («руднян») follows furthest (Рудня)
        best, towns = towns_of_stem(stem)
        sides = {party_of_place(t) for t in towns}
        return sides.pop() if best >= len(stem) - 2 and len(sides) == 1 else None
    return {"Беларусь": BELARUS, "Россия": RUSSIA}.get(place)


_EN_DELEGATION = re.compile(r"\b([A-Z][a-z-]+(?:\s+(?:[Rr]egion|[Oo]blast|[Dd]istrict|[Cc]ity))?)(?:'s|’s)?\s+delegation\b")
# a verb after the delegation's words: what follows is where it went, not whence («наведала Торжок», "visited Pskov")
_ORIGIN_ENDS = re.compile(r"(?i)(?:^|\s)(?:наведа|посети|посеща|прибы|прыбы|приеха|прыеха|прилете|прыляце|побыва|пабыва|visit|arriv"
                          r"|came|will|came|побудет|находит|знаходзі|гасцява|гостил|прошл|прайшл|held)\w*")
_ORIGIN = re.compile(r"(?:делегаци|дэлегацы|delegation|гост(?=(?:и|ей) из)|гасц(?=(?:і|ей) з)|guests(?= from)|представител(?=(?:и|ей)\b)"
                     r"|прадстаўнік(?=(?:і|оў)\b)|representatives)\w*\s+((?:of\s+|from\s+|из\s+|з\s+)?(?:the\s+)?.{0,40})",
                     re.I)


@lru_cache(maxsize=4096)  # asked of the same sentence for each of its visits and meetings
def delegation_origin(text: str) -> str | None:
    """The party a delegation comes from: «курская делегация», «делегация Псковской области», "a delegation of
    the Bryansk region", «дэлегацыя з Магілёва»."""
    for m in _DELEGATION.finditer(text):
        if any(fold(m.group(1)).startswith(fold(s)) for s in REGIONS) and (name := region_name(m.group(1))):
            return name
        if (country := _COUNTRY_ADJ.match(m.group(1))) is not None:  # «белорусская делегация»
            return BELARUS if country.group(1) else RUSSIA
    for m in _EN_DELEGATION.finditer(text):  # "Mogilev region's delegation", "the Kursk Oblast delegation"
        if (got := party_of_place(place_name(m.group(1)) or "")):
            return got
    for m in _ORIGIN.finditer(text):
        phrase = m.group(1)
        if (verb := _ORIGIN_ENDS.search(phrase)) is not None:
            phrase = phrase[: verb.start()]  # («дэлегацыя … наведала Торжок», "… visited Torzhok": where it went)
        words = phrase.split()
        if words and words[0].lower() in ("из", "з", "from"):
            words = [words[0]] + [w for w in words[1:3] if w.lower() != "the"] + words[3:]  # ("from the Gomel region")
            phrase = " ".join(words[1:3]).rstrip(",.;:")
            got = next(iter(_named(phrase)), None) if len(words) > 2 and _REGION_NOUN.fullmatch(phrase.split()[-1]) \
                else party_of_place(place_name(phrase) or "")  # ("from Leningrad Oblast": the oblast, not the town)
            if got in (BELARUS, RUSSIA):  # "from Russia's Nizhny Novgorod Oblast": the region, not its country
                got = next((p for p in _named(m.group(1)) if p not in (BELARUS, RUSSIA)), got)
        else:
            got = next(iter(_named(phrase)), None)
            if got is None and len(words) > 1 and _REGION_NOUN.fullmatch(words[1].rstrip(",.;:").lower()) \
                    and (region := place_name(" ".join(words[:2]))) and region.endswith(" область"):
                got = region  # «дэлегацыя Кастрамской вобласці»: a region in Belarusian spelling, read by the gazetteer
            if got is None:  # «делегация Торжка», «дэлегацыя Лепельскага раёна»: a town's or district's, by its town;
                # a name of two words first ("of the Velikiye Luki district")
                names = re.findall(r"[А-ЯЁІЎA-Z][\w-]+", phrase)[:2]
                pair = [" ".join(names)] if len(names) == 2 and re.search(r"\s".join(names), phrase) else []
                got = next((p for w in pair + names
                            if (p := party_of_place(place_name(w) or _district_town(w) or ""))), None)
        if got:
            return got
    return None


def _district_town(word: str) -> str | None:
    """«Лепельскага», «Лепельского», "Lepel": the town a district adjective is named after, if the gazetteer has it."""
    for end in ("скага", "ского", "скі", "ский", "цкага", "цкого"):
        if word.lower().endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            return place_name(stem) or place_name(stem + "ь") or place_name(stem + "а") \
                or place_name(word[: 2 - len(end)]) or _town_of_stem(fold(stem))  # («Полоцкого»: Полоцк)
    return None


def _town_of_stem(stem: str) -> str | None:
    """The one town a district's stem spells in full, in Russian or Belarusian letters: «вялікалук» → Великие Луки
    (a compound name, «великолук»); None where no town or more than one follows it that far."""
    for v in islice(chain((stem,), russian_spellings(stem)), 8) if len(stem) >= 6 else ():
        reach, towns = towns_of_stem(v)
        if reach >= len(v) - 1 and len(towns) == 1:
            return towns[0]
    return None


def named_parties(text: str) -> tuple[str, ...]:
    """The parties one phrase names («губернатор Воронежской области» → («Воронежская область»,))."""
    return _named(text)


def _sides(names: Iterable[str]) -> tuple[list[str], list[str]]:
    by: list[str] = []
    ru: list[str] = []
    for n in names:
        (by if is_belarusian(n) else ru).append(n)
    # a country stands only where none of its regions is named
    if any(n != BELARUS for n in by):
        by = [n for n in by if n != BELARUS]
    if any(n != RUSSIA for n in ru):
        ru = [n for n in ru if n != RUSSIA]
    return by, ru


Sides = tuple[list[str], list[str]]


def context_sides(context: Iterable[str]) -> Sides:
    """The Belarusian and the Russian parties a document's headline and lead name (read once a document)."""
    return _sides(n for t in context for n in _named(t))


def parties(texts: Iterable[str], location: str | None, context: Sides = ([], [])) -> tuple[str, ...]:
    """The parties of an event read from its own sentences ``texts`` and its ``location``; a side they do not
    name is taken from ``context``, the :func:`context_sides` of the document's headline and lead."""
    names = [n for t in texts for n in _named(t)]
    if location and location not in COUNTRIES and (own := party_of_place(location)):
        names.append(own)
    by, ru = _sides(names)
    return tuple(dict.fromkeys((by or context[0]) + (ru or context[1])))[:6]


def destination(origin: str, parties: Iterable[str]) -> str | None:
    """Where a delegation of ``origin`` went: the first party of the other side, as a place («Республика
    Беларусь» → «Беларусь»)."""
    other = next((p for p in parties if is_belarusian(p) != is_belarusian(origin)), None)
    return short(other) if other else None


def holding(places: Iterable[str]) -> str | None:
    """The region, else the country, that holds all of several destinations («Орша», «Витебск» → «Витебская
    область»; «Минск», «Гомель» → «Беларусь»)."""
    sides = {party_of_place(p) for p in places}
    if len(sides) == 1 and (one := sides.pop()) and one not in (BELARUS, RUSSIA) and one not in _CITIES:
        return one
    countries = {is_belarusian(p) for p in places}
    return None if len(countries) != 1 else "Беларусь" if countries.pop() else "Россия"


def short(name: str) -> str:
    """«Республика Беларусь» → «Беларусь», «Российская Федерация» → «Россия» (for titles)."""
    return {BELARUS: "Беларусь", RUSSIA: "Россия"}.get(name, name)
