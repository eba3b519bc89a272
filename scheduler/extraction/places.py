"""Places in dictionary form: «в Минске» → Минск, «в Могилёвской области» → Могилёвская область.

A gazetteer (``event_lexicon``) maps Belarusian and English spellings and buildings to Russian names;
anything else after a preposition of place is lemmatized with pymorphy3 when it is a geographical name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .countries import other_country
from .event_lexicon import (
    BELARUS_REGIONS,
    BELARUS_TOWNS,
    BUILDINGS,
    NOT_PLACES,
    PLACE_ALIASES,
    REGIONS,
    REMOTE,
    REPUBLICS,
    RIVERS,
    ROLES,
    spread_liberation,
)
from .event_text import WordRegex, fold, inflect, morph, nominative_phrase, parses
from .gazetteer import country_of_town, region_of, spelled, town, town_by_sound, towns_of_stem
from .names import russian_spellings

_CAP = r"[A-ZА-ЯЁІЎ][\w-]*"
# the nouns a region's name ends with: a krai in any case and language, then every kind of region
KRAI_NOUNS = r"кра[йяюеі]\w*|krai|kray|territory"
REGION_NOUNS = rf"област\w*|обл\.|вобласц\w*|земл\w*|зямл\w*|район\w*|раён\w*|округ\w*|{KRAI_NOUNS}|oblast|region"
_PREP = re.compile(
    rf"(?<![\w-])(?i:в|во|ва|на|у|ў|in|at|to)\s+(?:the\s+)?((?:St\.\s+|Saint\s+|Republic\s+of\s+)?(?:{_CAP})"
    rf"(?:\s+(?:{_CAP}|{REGION_NOUNS}))?)"
)
# "in Russia's Kazan": the town, its country before it in the possessive (where the word after it is a place; the
# same with "Belarus'" cost two places on the dev texts set aside, and is left out)
_POSSESSIVE = re.compile(rf"(?<![\w-])(?:in|at|to)\s+Russia(?:'s|’s)\s+({_CAP}(?:\s+(?:{_CAP}|oblast|region))?)")
# «в Орловскую и Курскую области», «у Брэсцкай і Гродзенскай абласцях», "to the Oryol and Kursk regions": each region
_REGIONS_TOGETHER = re.compile(
    rf"(?<![\w-])(?i:в|во|на|у|ў|in|to|посетил\w*|посетит|наведал\w*|наведае|visited)\s+(?:the\s+)?"
    rf"((?:{_CAP})(?:\s*,\s*(?:{_CAP}))*\s+(?i:и|і|and)\s+(?:{_CAP}))\s+(област(?:и|ях|ей)|абласц\w*|вобласці"
    rf"|regions|oblasts)\b")
_ROLE_AFTER = re.compile(r"\s+(?:President|Governor|Head|Prime|Mayor|Chairman|Chairwoman|Minister|Ambassador)\b")
_TOURING = re.compile(r"(?i)посещ|посет|побыва|наведа|наведв|объезд|объед|поездк|паездк|visit|tour|trip")
_NEXT_IN_LIST = re.compile(r"\s*(?:,|\s(?:и|і|and))\s+([А-ЯЁІЎA-Z][\w’'-]+)")
_VISITED = re.compile(
    rf"(?:посетил\w*|посетит|посетят|посеща(?:ет|ют)|посещени\w*|наведал\w*|наведа(?:ў|лі|юць|е)|наведва(?:е|юць)|наведванн\w*"
    rf"|visited|visits|visiting|visit"
    rf"|(?:set(?:s|ting)?\s+off|departed|departs|will\s+depart|left|leaves|will\s+leave)\s+for)\s+"
    # («посетила с официальным визитом Калининград», «наведала з афіцыйным візітам»)
    rf"(?:(?:с|з)\s+(?:[а-яёіў]+\s+)?(?:визитом|візітам)\s+)?"
    rf"(?:the\s+)?((?:{_CAP})(?:\s+(?:{_CAP}|{REGION_NOUNS}))?)"
)
# the place first, the visitors after the verb: «Кричевский район посетила делегация», «Крычаўскі раён наведала
# дэлегацыя», «Гомельскую область посетили гости» (the object put first, as news headlines and leads do)
_VISITED_FIRST = re.compile(
    rf"(?<![\w-])((?:{_CAP})(?:\s+(?:{_CAP}|{REGION_NOUNS}))?)\s+(?:посетил\w*|посетят|посетит|наведал\w*|наведа(?:ў|лі|е|юць)"
    rf"|побывал\w*|пабыва(?:ў|ла|лі))\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?:делегаци|дэлегацы|гост|гасц|госц|представител"
    rf"|прадстаўнік|губернатор|губернатар|посол|пасол|министр|міністр)"
)
# a town in apposition after a comma: «республику Беларусь, город Могилёв», «, г. Орша», ", the city of Mogilev"
_APPOSED_TOWN = re.compile(rf",\s+(?:(?:the\s+)?city\s+of|город|горад|г\.)\s*({_CAP}(?:\s+{_CAP})?)")
# the host told after its verb, at the clause's end: «В прошлом году Дни Смоленщины принимал Полоцк», «прымаў Полацк»
_HOST_AFTER = re.compile(r"(?:принимал[аи]?|принимает|принимают|примет|прымаў|прымала|прымалі|прымае|прыме)\s+"
                         r"([А-ЯЁІЎ][\w-]+)(?=\s*(?:[.,;!?]|$))")
_LIST_NEXT = re.compile(r"[\w-]+\s*(?:,\s*|\s+(?:и|і|and)\s+)(?:the\s+)?([A-ZА-ЯЁІЎ][\w-]+)(?:\s+([A-ZА-ЯЁІЎ][\w-]+))?")
_KNOWN_REGIONS = frozenset(region for region, _city in REGIONS.values())
_NICKNAME = re.compile(r"([а-яіў]{3,}?)(?:щин|шчын|чин)[аеуыіой]{1,2}")
_DISTRICT_WORD = re.compile(r"^(?:район\w*|раён\w*|р-н\w*)$", re.I)
_REGION_WORD = re.compile(rf"^(?:област\w*|обл\.|вобласц\w*|земл\w*|зямл\w*|oblast|region|{KRAI_NOUNS})$", re.I)
_KRAI_WORD = re.compile(rf"^(?:{KRAI_NOUNS})$", re.I)
# «в местечке Свобода», «Город Лоев», «в центре Витебска»: the name after a settlement word
_SETTLEMENT = re.compile(
    rf"(?:(?<![\w-])(?i:в|во|у|ў)\s+(?:[а-яёіў]+(?:ом|ем|ой|ым|ім|ай|ий|ый|кі|ы)\s+)?(?:городе|г\.\s?п\.|г\.|гп|местечке|поселке|посёлке|деревне|селе|агрогородке|станице"
    rf"|центре|столице|окрестностях|горадзе|вёсцы|слободе|пос\.|п\.|с\.|д\.|сл\.|аг\.|м\.|мястэчку|пасёлку|пасёлку"
    rf"|слабадзе|аграгарадку|город|горад)(?:-(?:побратиме|партнере|партнёре|пабраціме|побратим|партнер|партнёр|пабрацім))?"
    rf"|^Город|(?<=[.!?]\s)Город)\s*({_CAP}(?:\s+{_CAP})?)"
)  # («в г. Нижний Новгород»: a town of two words, where the two are one town)
# a school, library or museum gone to, then its town in the genitive: «в школу № 18 им. Евфросинии Полоцкой г. Полоцка»,
# «у музей горада Полацка»
_INSTITUTION_OF_TOWN = re.compile(rf"(?<![\w-])(?i:в|во|на|у|ў|посетил\w*|побывал\w*|наведал\w*)\s+(?:\S+\s+){{0,2}}?(?:школ|гимнази|лице|библиотек|музе"
                                  rf"|университет|колледж|училищ|техникум|гімназі|ліцэ|бібліятэк|універсітэт|каледж|вучэльн)"
                                  rf"\w*(?:\s+[^\s,;:()]+){{0,6}}?\s+(?:г\.|города|горада)\s?({_CAP})")
# a railway station named after its village: «на станции Поныри», «на станциях Свобода и Золотухино»
_STATIONS = re.compile(rf"(?<![\w-])(?i:на|у|ў)\s+(?:железнодорожн\w+\s+|чыгуначн\w+\s+)?(?:станци(?:и|ях)|станцыі|станцыях"
                       rf"|ст\.)\s*({_CAP})(?:\s*(?:,|и|і)\s*({_CAP}))?")
_EN_SETTLEMENT = re.compile(r"\b(?:in|to|at|from)\s+(?:the\s+)?(?:[A-Za-z-]+\s+)?(?:town|city|village|settlement"
                            r"|agro-town|township)\s+of\s+([A-Z][\w-]+)")
_ALIAS = {fold(a): name for name, spellings in PLACE_ALIASES.items() for a in spellings}
TO_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
                           "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                           "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                           "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, str]:
    """The gazetteer's towns in Latin letters, as English texts write them («Воронеж» → voronezh)."""
    names = {city for _region, city in REGIONS.values()} | set(BELARUS_TOWNS) | set(PLACE_ALIASES)
    return {fold(n).lower().translate(TO_LATIN): n for n in names}


def liberation_pattern(pattern: str, place: str | None) -> str:
    """An ``ANNIVERSARY_BASES`` pattern as it is searched (:func:`spread_liberation`), a town's liberation also by the
    town's other spellings the gazetteer knows: "the liberation of Pskov", «вызвалення Калугі» (the lexicon types
    some spellings by hand; the aliases and the Latin transliteration cover the rest)."""
    spread = spread_liberation(pattern)
    opening = r"освобождени\w* (?:"
    if place is None or not pattern.startswith(opening):
        return spread
    stems = {fold(a) for a in PLACE_ALIASES.get(place, ()) if " " not in a} \
        | ({fold(place).translate(TO_LATIN)} if " " not in place else set())  # (a town's name, not a region's)
    extra = sorted(w for w in stems if len(w) >= 4 and w not in pattern)
    if not extra:
        return spread
    head = spread_liberation(opening)
    return head + "|".join(re.escape(w) for w in extra) + "|" + spread[len(head):]


_PEOPLE_OF = re.compile(r"(.{4,}?)(?:цев|чан|жан|ян|ичей|цаў|чан|ічаў|цы|чане|жане|яне|ичи|ічы)")
_NOT_PEOPLE_OF = ("горожан", "гражд", "христиан", "прихожан", "гараджан", "грамадзян", "иностран", "замежн")


@lru_cache(maxsize=1024)
def names_people_of_a_place(word: str) -> bool:
    """Does ``word`` name the people of a town («белгородцев», «гомельчан», «смолян», «псковичей», Belarusian
    «белгарадцаў»): its stem begins a town's name the gazetteer has (not «горожан», «граждан»: citizens)?"""
    low = fold(word)
    m = _PEOPLE_OF.fullmatch(low)
    if m is None or low.startswith(_NOT_PEOPLE_OF):
        return False
    stems = [m.group(1), *(islice(russian_spellings(m.group(1)), 3) if _BELARUSIAN.search(low) or "а" in m.group(1)
                           else ())]
    return any((got := towns_of_stem(stem))[1] and got[0] >= len(stem) for stem in stems)


def warm() -> None:
    """Build the English spellings of the gazetteer's towns now, not inside the first English text."""
    _latin_names()


def _latin(low: str) -> str | None:
    """An English spelling of a town the gazetteer knows: "Voronezh" → Воронеж, "Tyumen" → Тюмень."""
    if len(low) < 4 or not low.isascii():
        return None
    names = _latin_names()
    return names.get(low) or next((n for k, n in names.items() if k.startswith(low) and len(k) - len(low) <= 8
                                   and "-" in k), None)
# each with the starts one of which every match begins with (a substring test before the pattern)
_BUILDINGS = [(re.compile(p), city, WordRegex(p).heads) for p, city in BUILDINGS]
_DATELINE = re.compile(
    r"^\s*(?:([A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ-]{2,}),\s+\d|\d{1,2}\s+\w+,\s+([А-ЯЁІЎ][\w-]+)\s*/"
    # «Гомель, 22 мая.», «Віцебск, 18 красавіка —»: a town, a day and a month open the body
    r"|([А-ЯЁІЎ][а-яёіў]+(?:-[А-ЯЁІЎ]?[а-яёіў]+)?),\s+\d{1,2}\s+[а-яёіў]{3,}\.?\s*(?:[.—–-]|\(|$)"
    # "28 june, 2014, Klimovo", «28 июня 2014 г., Климово»: a date line that ends with its town
    r"|\d{1,2}\s+[A-Za-zА-Яа-яЁёІіЎў]{3,},?\s+\d{4}(?:\s*г\.)?,\s+([A-ZА-ЯЁІЎ][\w-]+)[ \t]*$)", re.M
)
_EN_EXECUTIVE = re.compile(r"(?:at|in)(?<!\w..) the\s+([A-Z][a-z]+)\s+(?:Oblast|Regional|City|District)\s+Executive\s+Committee")
# a building or body after "the Mogilev regional …", read on from "region" (not "executive committee": the
# region's government, read apart)
_EN_INSTITUTION = re.compile(r"al\s+(?:[a-z-]+\s+){0,2}?(?:theat(?:er|re)|library|museum|hall|philharmonic|palace|cent(?:er|re)"
                             r"|hospital|college|university|school|gymnasium|stadium|arena|park|house|club)\b")
_REGIONAL_CENTRE = re.compile(r"(?i)\b(?:в|во|у)\s+(?:областном|абласным)\s+(?:центре|цэнтры)|\bin the regional (?:centre|center)")
# (a capital or a first letter opens these patterns, its word boundary checked behind it: a pattern opening with
# \b or a look-behind was tried at every position of every sentence)
# an office whose region follows it: «губернатором Витебской области», «председателя правительства Брянской области»
_OFFICE_OF = re.compile(rf"(?i:{ROLES}|представител\w*|прадстаўнік\w*)"
                        r"(?:\s+(?i:правительства|администрации|урада|адміністрацыі|думы|собрания))?\s+$")
_PARTNER_WITH = re.compile(r"(?<!\w)(?i:с|со|з|са)\s+$")
_REGION_ADJ = re.compile(r"([А-ЯЁ](?<!\w[А-ЯЁ])[а-яё]+(?:ой|ая|ую|ей))\s+област\w*")
COUNTRIES = frozenset({"Беларусь", "Россия", "Украина", "Казахстан", "Китай", "Литва", "Латвия", "Польша"})
# "the Zhlobin, Svetlogorsk, and Oktyabrsky districts of the Gomel region"
_EN_DISTRICTS = re.compile(r"\b(?:districts?|city|town|village)\s+of\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:region|oblast)\b", re.I)
_IN_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|у|ў|in|at)\s+(?:the\s+)?$")
# «Могилевского облисполкома»: the executive committee of a region, seated in its centre
_EXECUTIVE = re.compile(r"([А-ЯЁІЎ](?<!\w[А-ЯЁІЎ])[а-яёіў]+(?:ого|ий|ым|им|ом|ага|ім|і))\s+(?:обл|гор|абл|гар|(рай))(?:исполком|выканкам)\w*")
_CAPITAL = re.compile(r"(?i)\b(?:в|во|у|ў|in|to)\s+(?:the\s+)?(?:столиц\w+\s+(?:Республики\s+)?(?:Беларус\w*|Белорусси\w*"
                      r"|России|Российской Федерации)|(?:белорусск|российск|беларуск|расійск)\w+\s+століц\w*"
                      r"|(?:белорусск|российск)\w+\s+столиц\w*|(?:Belarusian|Russian)\s+capital|capital of (?:Belarus|Russia))")
_REGION_CAPITAL = re.compile(r"(?:\b[Сс]толиц\w*|\b[Сс]таліц\w*|\bcapital\s+of(?:\s+the)?|\b(?:областн|абласн)\w+\s+(?:центр|цэнтр)\w*)"
                             r"\s+([A-ZА-ЯЁІЎ][\w'-]+(?:\s+(?:[A-ZА-ЯЁІЎ][\w'-]+|област\w*|кра[яюе]|вобласц\w*|Oblast|Region|Territory))?)")


def _centre_of(region: str) -> str | None:
    """The centre of a region or republic the lexicon lists («Краснодарский край» → Краснодар, «Татарстан» → Казань)."""
    if (republic := republic_of(region)) is not None:
        return REPUBLICS[republic][0]
    return next((city for name, city in REGIONS.values() if name == region), None)


# the stems a republic's name is written with (ru, be, en), each to the republic's Russian dictionary name
REPUBLIC_OF_STEM = {stem: name for name, (_city, stems) in REPUBLICS.items() for stem in stems}
_CASE_ENDS = ("", "а", "у", "е", "и", "ю", "ей", "ом", "ы", "ой")  # of a short stem: «Крыму», «Чечни» (not «Крымск»)


@lru_cache(maxsize=1024)
def republic_of(name: str) -> str | None:
    """«Татарстан», «Удмуртии», "Tatarstan", «Республика Саха (Якутия)» → the republic's Russian dictionary name."""
    if name in REPUBLICS:
        return name
    low = fold(name)
    return next((republic for stem, republic in REPUBLIC_OF_STEM.items() if low.startswith(stem)
                 and (len(stem) > 4 or low[len(stem):] in _CASE_ENDS)), None)


# «в городе на Неве», «в Северной столице», «у горадзе на Няве», "in the city on the Neva", "the northern capital"
_NEVA = re.compile(r"(?i)\b(?:в|во|у|ў|in|to)\s+(?:the\s+)?(?:город\w*\s+на\s+Неве|горад\w*\s+на\s+Няве|city\s+on\s+the\s+Neva"
                   r"|северн\w+\s+столиц\w*|паўночн\w+\s+сталіц\w*|northern\s+capital)")
_VENUE_OF = re.compile(r"(?<![\w-])(?i:на|в|во|у|ў)\s+(?:[а-яёіў]+(?:ой|ом|ей|ем|ай|ым|ім)\s+)?(?:площади|стадионе"
                       r"|набережной|парке|сквере|аллее|территории|плошчы|стадыёне|набярэжнай|парку|скверы|алеі"
                       r"|тэрыторыі)\s+([А-ЯЁІЎ][\w-]+)")
# the seat of a region's or town's government as the venue: «в Доме правительства Ленинградской области», «у Доме ўрада
# Смаленскай вобласці», «в здании администрации Брянской области», "at the Government House of the Leningrad Region"
_SEAT_OF = re.compile(r"(?:(?<![\w-])(?i:в|во|у|ў)\s+(?i:доме|здании|будынку)\s+(?i:правительства|администрации|[уў]рада"
                      r"|адміністрацыі|губернатора)|(?i:at|in)\s+the\s+(?i:government\s+house|house\s+of\s+government"
                      r"|administration\s+building)\s+of)\s+(?:the\s+)?([А-ЯЁІЎA-Z][\w-]+(?:\s+(?:области|края|вобласці|краю"
                      r"|[Rr]egion|[Oo]blast|[Tt]erritory))?)")
_SEAT_WORDS = ("правительства", "администрации", "ўрада", "урада", "адміністрацыі", "губернатора", "overnment", "dministration")
_ADJ_FORM = re.compile(r"(?:ск|цк)(?:ом|ой|ого|ий|ая|ое|им|их|ую|ім|ай|ага|ае)$")
_WHOSE_BEFORE = re.compile(r"(?i)(?:делегаци\w*|дэлегацы\w*|глав[аыеу]|мэр\w*|губернатор\w*|жител\w*|жыхар\w*"
                           r"|представител\w*|прадстаўнік\w*|кіраўнік\w*|руководител\w*)\s+$")
_ADJ_OF_NOUN = re.compile(r"\s+[а-яёіў]")
_REGION_AFTER = re.compile(r"\s+(?:област|вобласц|район|раён|кра[яюе])\w*")
# a town that hosts: «Смоленск принимает гостей», «Гомель примет фестиваль», "Gomel will host", «Віцебск прымае»
# a preposition of place one or two words before: «в Нижнем |Новгороде», «у |Мінску», "in |Gomel"
_IN_A_PHRASE = re.compile(r"(?:^|[\s(«\"])(?:[Вв]о?|[Уу]|[Ўў]|[Нн]а|[Ii]n|[Aa]t)\s+(?:[\w-]+\s+)?$")
_HOSTS = re.compile(r"(?<!из )(?<!из\xa0)(?<!з )(?<!from )"  # («делегация из Бреста приняла участие»: who came, from where)
                    r"([A-ZА-ЯЁІЎ](?<![\w-][A-ZА-ЯЁІЎ])[\w-]+)\s+(?:\d{1,2}\s+[а-яёіў]{3,9}\s+)?"  # («Гродно 16 июля отметил»)
                    r"(?:принимает|примет|принял|приняла|принимал|прымае|прыме|прыняў"
                    r"|прыняла|прымала|прымаў|посетил[аи]?|посетит|посетят"
                    # a town celebrating: «Пинск отметил День города», "Pinsk celebrated its City Day"
                    r"|отметил[аи]?|отмечает|отметит|празднует|отпраздновал[аи]?|адзначыў|адзначыла|адзначае"
                    r"|святкуе|celebrated|celebrates|will celebrate|marked|marks|will mark"
                    r"|will host|hosts|hosted|is hosting|welcomed|welcomes)\b(?!\s+(?:участие|удзел))")  # (taking part is no hosting)
# a region named by its adjective in lower case and «регион»/«край», where something is held or goes: «в калужском
# регионе», «калужский регион посетит делегация», «у магілёўскім рэгіёне»
_REGION_ADJ_NOUN = re.compile(r"(?<![\w-])(?:(в|во|на|у|ў)\s+)?([а-яёіў]+(?:ск|цк)(?:ий|ого|ом|ому|им|ім|і|ага|ае|ым))\s+"
                              r"(?:регион|рэгіён|кра[йяюеі])\w*(\s+(?:\S+\s+){0,3}?(?:посет|наведа|принима|прима|прымае))?")
# an event named after its town: «Петербургский … форум», «Минский … фестиваль»
# «в рязанском Доме культуры», «на витебском Ледовом дворце»: a building named by its town's adjective
_TOWN_BUILDING = re.compile(r"(?:[вВ]|[вВ]о|[нН]а|[уУ]|ў)\s+([А-ЯЁІЎа-яёіў][а-яёіў]{2,}(?:ск|цк)(?:ий|ом|ого|ому|им|ая|ой|ую|ое|ай|ым|ім|ае))"
                            r"\s+(?:[А-ЯЁа-яёіў][а-яёіў]+(?:ом|ой|ый|ий|ай|ым|ім)\s+){0,2}$")  # («в Смоленском драматическом»)
_BUILDING_NOUN = re.compile(r"(?:Дом|Двор|Театр|Музе|Филармони|Библиотек|Стадион|Центр|Университет|Колледж|Ледов|Зал"
                            r"|Драм|Цирк|Парк|Мемориал|Кремл|Собор|Арен"
                            # in lower case after an adjective («в Смоленском драматическом театре»), and in Belarusian
                            r"|театр|музе|филармони|тэатр|Тэатр|Палац|палац|Бібліятэк|бібліятэк|Філармоні|філармоні"
                            # a town's schools and libraries («в Злынковской библиотеке», «у Добрушскай гімназіі»)
                            r"|библиотек|школ|гимнази|лице[йяюе]|колледж|университет|бібліятэц|гімназі|ліцэ[йяюі]|каледж|універсітэт"
                            # a town's own offices, in lower case: «в минской городской ратуше», «у мінскай ратушы»
                            r"|ратуш|горисполком|мэри[ияю]|гарвыканкам)\w*")
# a venue's building, then the town's university or institute in the genitive («в … библиотеке Московского
# университета», «у зале Гомельскага дзяржаўнага ўніверсітэта»)
_OF_TOWN_SCHOOL = re.compile(r"(?<![\w-])(?:в|во|на|у|ў)\s+(?:[А-ЯЁІЎа-яёіў-]+\s+){0,2}?(?:библиотек|зал|музе|корпус|центр|аудитори"
                             r"|бібліятэц|зале|музеі|цэнтр|аўдыторы)\w*\s+([А-ЯЁІЎ][а-яёіў]+(?:ск|цк)(?:ого|ага))\s+"
                             r"(?:[а-яёіў]+(?:ого|ага)\s+){0,2}(?:университет|ўніверсітэт|універсітэт|институт|інстытут"
                             r"|академи|акадэмі)")
_HOUSE_OF_DISTRICT = re.compile(r"(?:[Цц]ентр\w*|[Дд]ом\w*|[Дд]вор\w*|[Пп]алац\w*|[Цц]энтр\w*|[Бб]иблиотек\w*|[Бб]ібліятэк\w*)"
                                r"\s+(?:(?:культуры|творчества|искусств|досуга|ремесел|ремёсел|народного|и"
                                r"|творчасці|мастацтваў|народнай|і)\s+){0,3}([А-ЯЁІЎ][а-яёіў]+(?:ского|цкого)\s+района)\b")
_OF_TOWN_SCHOOL_EN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+(?:[–—-]\s+)?){0,4}?(?:Library|Hall|Museum|Centre|Center"
                                r"|Building|Auditorium)\s+of\s+(?:the\s+)?)?([A-Z][a-z]{2,})\s+(?:State\s+|Medical\s+"
                                r"|Technical\s+|Pedagogical\s+)?(?:University|Institute)\b")
_VENUE_WORDS = ("площади", "стадионе", "набережной", "парке", "сквере", "аллее", "территории", "плошчы", "стадыёне",
                "набярэжнай", "парку", "скверы", "алеі", "тэрыторыі")
_EN_TOWN_DAY = re.compile(r"([A-Z][\w'’-]+)\s+City\s+Day\b(?!\s+(?:in|at)\b)")  # (but "Minsk City Days in St. Petersburg")
_TOWN_DAY_OF = re.compile(r"(?:[Дд](?:ень|ня|ню|нем|не|ни|ней|ням|нях)\s+города|[Дд](?:зень|ня|ні|зён)\s+горада"
                          r"|[Cc]ity [Dd]ays? of(?: the)?)\s+([А-ЯЁІЎA-Z][\w’'-]+(?:\s+[А-ЯЁІЎA-Z][\w’'-]+)?)")
_BUILDING_WORDS = ("Дом", "Двор", "Театр", "Музе", "Филармони", "Библиотек", "Стадион", "Центр", "Университет",
                   "театр", "музе", "филармони", "тэатр", "Тэатр", "Палац", "палац", "Бібліятэк", "бібліятэк",
                   "ілармоні",  # («Філармоні», «філармоні»)
                   "Колледж", "Ледов", "Зал", "Драм", "Цирк", "Парк", "Мемориал", "Кремл", "Собор", "Арен", "ратуш",
                   "горисполком", "мэри", "гарвыканкам", "библиотек", "школ", "гимнази", "лице", "колледж", "университет",
                   "бібліятэц", "гімназі", "ліцэ", "каледж", "універсітэт")
_NAMED_AFTER_CITY = re.compile(r"([А-ЯЁ](?<![\w-][А-ЯЁ])[а-яё]+(?:ск|цк)(?:ий|ом|ого|ому|им|ая|ой|ую))\s+(?:[а-яё]+(?:ый|ий|ом|ого"
                               r"|ой|ая|ую|ым|им)\s+){0,3}(?:форум|фестивал|ярмарк|конкурс|кинофестивал|выставк)")
# the same in Belarusian («у Пецярбургскім міжнародным эканамічным форуме», «на Смаленскім кірмашы») and English ("the St.
# Petersburg International Economic Forum", "the Minsk Forum of Regions"): the town the gathering is named after
_NAMED_AFTER_CITY_BE = re.compile(r"([А-ЯЁІЎ](?<![\w-][А-ЯЁІЎ])[а-яёіў']+(?:ск|цк)(?:і|ім|ая|ае|ага|ай|ую|ым))\s+"
                                  r"(?:[а-яёіў']+(?:ы|і|ым|ім|ай|ая|ую|ае|ага|ом)\s+){0,3}(?:форум|(?:кіна)?фестывал|кірмаш|конкурс"
                                  r"|выстав)")
_NAMED_AFTER_CITY_EN = re.compile(r"\b((?:St\.?\s+|Saint\s+)?[A-Z][a-z]{2,})\s+(?:[A-Z][a-z]+\s+){0,3}(?:Forum|Festival|Fair"
                                  r"|Film Festival)\b")


def _district_by_nickname(stem: str, word: str) -> str | None:
    """«дубровен» (of «Дубровенщина») → «Дубровенский район» when the gazetteer has a town of that stem
    (Дубровно) and no dictionary knows the word as a common noun («годовщина», «мужчина», «община» are none)."""
    if len(stem) < 4 or _BELARUSIAN.search(stem) or morph().word_is_known(word) \
            or towns_of_stem(stem)[0] < max(4, len(stem) - 3):
        return None
    adjective = stem[:-1] + "цк" if stem.endswith("т") else stem + "ск"  # «Полотчина»: Полоцкий район
    return district_name(adjective[:1].upper() + adjective[1:] + "ом")


@lru_cache(maxsize=8192)
def place_name(phrase: str) -> str | None:
    """The Russian dictionary name of a place phrase such as «Могилёвской области», «Минске», «Vitebsk»."""
    words = phrase.split()
    if not words:
        return None
    first = words[0].strip(".,;:»«\"")
    low = fold(first)
    if len(words) > 1 and (two := _ALIAS.get(fold(f"{first} {words[1].strip('.,;:»«')}"))):
        return two  # «Нижнем Новгороде» → Нижний Новгород
    if len(words) > 1 and (two := _two_word_town(first, words[1].strip(".,;:»«\"()"))):
        return two  # «в Великом Новгороде», «в Старом Осколе», «у Набярэжных Чаўнах»: an adjective and a noun
    if len(words) > 1 and first[:1].isascii() and first[:1].isupper() and words[1][:1].isupper() \
            and (two := town(f"{first} {words[1].strip('.,;:»«()')}")):
        return two  # "Naberezhnye Chelny", "Velikiye Luki": a town of two words in Latin letters
    if len(words) > 1 and _DISTRICT_WORD.match(words[1]):  # «в Минском районе» → Минский район
        return district_name(first) or _be_district(first)
    if len(words) > 1 and _REGION_WORD.match(words[1]):
        city = (_ALIAS.get(low) or _latin(low) or town(first)) if re.match(r"[A-Za-z]", first) else None
        if city in _KNOWN_REGIONS:
            return city  # "Primorye Territory", "Kuban region": the region by its own name
        if city:  # «Gomel region» → Гомельская область, "Voronezh Region" → Воронежская область
            return next((r for r, c in REGIONS.values() if c == city), None) or region_of_centre(city)
        if fold(words[1]).startswith(("вобласц", "кра")) and (by_bones := _region_by_consonants(low)):
            return by_bones  # «Цвярскую вобласць», «Разанскай вобласці»: a Belarusian adjective, whatever its letters
        name = region_name(first)
        if fold(words[1]).startswith(("земл", "зямл")) and name not in _KNOWN_REGIONS:
            return district_name(first)  # «на Лепельской земле»: a district's land (a region's is «Смоленской земле»)
        if _KRAI_WORD.match(words[1]) and name and name not in _KNOWN_REGIONS:
            return None  # «родной край», «Брянский край» is the oblast's own (a krai the lexicon does not list is none)
        return name
    if low in NOT_PLACES:
        return None
    if (nick := _NICKNAME.fullmatch(low)) and (region := region_name(nick.group(1) + "ской")) in _KNOWN_REGIONS:
        return region  # «Гомельщину», «Магілёўшчына», «Брестчине» → the region (not «Гатчине»)
    if nick and first[:1].isupper() and (district := _district_by_nickname(nick.group(1), low)):
        return district  # «посетила Дубровенщину», «на Лиозненщине» → the district of its town
    if low in _ALIAS:
        return _ALIAS[low]
    if first[:1].isascii() and (latin := _latin(low)):
        return latin
    if first[:1].isupper() and (first[:1].isascii() or _BELARUSIAN.search(low)) and (country := other_country(low)):
        return country  # "Kazakhstan", «Узбекістане»: a third country by CLDR's names (a Russian one pymorphy3 knows)
    if low.startswith(("республик", "рэспублік")) and len(words) > 1:
        return place_name(" ".join(words[1:]))
    if low == "republic" and len(words) > 2 and words[1].lower() == "of":  # "Republic of Belarus"
        return place_name(" ".join(words[2:]))
    for a, name in _ALIAS.items():
        if len(a) > 4 and low.startswith(a[:-1]) and len(low) - len(a) <= 2 and not _adjective(low):
            return name
    if first[:1].isupper() and len(low) > 5 and (listed := town(first)) is not None:
        return listed  # «в Борисове»: the gazetteer's town before pymorphy3's guess of a lemma («Борисы»)
    for form in (low, from_belarusian(low)) if _BELARUSIAN.search(low) else (low,):
        if not morph().word_is_known(form):
            continue  # pymorphy3 would only guess («Калузе» → «калуза», «Аляксандр»): the gazetteer decides
        for p in parses(form):
            if "Geox" in p.tag and p.tag.POS == "NOUN":
                name = p.normal_form
                if name in RIVERS:
                    return None  # «на Неве», «на берегу Днепра»: a river is no venue
                return town(name) or "-".join(x[:1].upper() + x[1:] for x in name.split("-"))
    if first[:1].isupper():  # a town pymorphy3 does not know: the gazetteer's («в Жлобине», «у Лідзе», "Orsha")
        return town(first) or (town(from_belarusian(low)) or town_by_sound(low)
                               or next((t for v in russian_spellings(low) if (t := town(v))), None)
                               if _BE_SPELLING.search(low) else None)  # («у Беразніках» → «Березники»: аканне undone)
    return None


_BELARUSIAN = re.compile(r"[іў']|ы$|э")
# … and what else only Belarusian writes: «дз», «ц» before я/ё/ю («Пецярбург»), «жы», «шы», «чы» («Варонежы»)
_BE_SPELLING = re.compile(r"[іў']|ы$|э|дз|ц[яёю]|[жшч]ы")
_BE_TO_RU = str.maketrans({"і": "и", "ў": "в", "э": "е", "'": "ъ"})


def from_belarusian(low: str) -> str:
    """«сочы» → «сочи», «Лідзе» → «лиде»: a Belarusian spelling read with Russian letters (dz and c before a soft
    vowel back to d and t), for names the gazetteer does not list (akanye is not undone)."""
    word = low.translate(_BE_TO_RU)
    word = re.sub(r"дз(?=[еяюи])", "д", re.sub(r"ц(?=[еяюи])", "т", word))  # «у Лідзе» → «в Лиде»
    return word[:-1] + "и" if word.endswith("ы") and word[-2:-1] in "чшщжцк" else word


@lru_cache(maxsize=4096)
def _two_word_town(first: str, second: str) -> str | None:
    """A town whose name is an adjective and a noun, in any case («Великом Новгороде» → «Великий Новгород»): the
    pair in the nominative, as the gazetteer lists it."""
    if not (first[:1].isupper() and second[:1].isupper() and first.isalpha() and second.isalpha()):
        return None
    if any(p.tag.POS == "ADJF" for p in parses(fold(first))) and (named := town(nominative_phrase([first, second]))):
        return named
    if _BE_SPELLING.search(fold(first + second)):
        # «у Вялікіх Луках»: a Belarusian pair, in the Russian spellings it may stand for (words of the dictionary)
        adjective = next((w for w in islice(russian_spellings(fold(first)), 6)
                          if morph().word_is_known(w) and any(p.tag.POS == "ADJF" for p in parses(w))), None)
        noun = next((w for w in islice(russian_spellings(fold(second)), 6) if morph().word_is_known(w)), None)
        return town(nominative_phrase([adjective.capitalize(), noun.capitalize()])) if adjective and noun else None
    return None


def _be_district(adjective: str) -> str | None:
    """«у Рэчыцкі раён», «Аршанскім раёне» → Речицкий район, Оршанский район: a Belarusian district adjective in the
    Russian spelling whose stem names a town the gazetteer knows."""
    low = fold(adjective)
    if not _BE_SPELLING.search(low):
        return None
    for spelt in islice(russian_spellings(low), 6):
        variant = spelt.replace("сцк", "стск")  # («Брэсцкі» is «Брестский»)
        name = district_name(variant)
        stem = re.sub(r"(?:ск|цк)\w*$", "", variant)
        if name and len(stem) >= 3 and (any((t := town(stem + end)) and fold(t).startswith(fold(stem))
                                            for end in ("", "ск", "цк", "а", "о", "ь", "ца"))
                                        or _russian_stem(fold(stem))):  # (the town spelt as the variant is)
            return name[:1].upper() + name[1:]
    return None


def town_of_adjective(adjective: str) -> str | None:
    """«Бобруйском», «Бабруйскім» (райисполкоме), «Смаленская» → Бобруйск, Смоленск: the town an adjective is made
    from, in Russian or Belarusian spelling."""
    return _city_of_adjective(adjective) or next((t for v in islice(russian_spellings(fold(adjective)), 4)
                                                 if (t := _city_of_adjective(v))), None)


def _russian_stem(stem: str) -> bool:
    """A district's stem that holds a town's Russian name but its last letter («оршан» → Орша)."""
    reach, towns = towns_of_stem(stem)
    return reach >= 4 and any(len(fold(t)) >= 4 and stem.startswith(fold(t)[:-1]) for t in towns)


def _adjective(low: str) -> bool:
    return bool(re.search(r"(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ое|ая|ае|ім|ага)$", low))


def district_name(adjective: str) -> str | None:
    """«Минском» (районе) → «Минский район»; a Russian adjective only."""
    low = fold(adjective)
    if not _adjective(low) or not re.match(r"^[а-я-]+$", low):
        return None
    nom = inflect(adjective, frozenset({"nomn", "masc", "sing"}), "ADJF")
    return f"{nom} район" if nom != adjective or low.endswith(("ий", "ой", "ый")) else None


@lru_cache(maxsize=8192)  # a pass over the regions for each word: the same adjectives recur in every release
def region_name(adjective: str) -> str | None:
    """«Могилёвской» → «Могилёвская область» (gazetteer first, then pymorphy3's inflection)."""
    low = fold(adjective)
    for stem, (region, _city) in REGIONS.items():
        if low.startswith(fold(stem)):
            return region
    if _BELARUSIAN.search(low) and (by_bones := _region_by_consonants(low)):
        return by_bones  # «Яраслаўскай» → «Ярославская область»
    if not _adjective(low) or not re.match(r"^[а-я-]+$", low):
        return None
    nom = inflect(adjective, frozenset({"nomn", "femn", "sing"}), "ADJF")
    return f"{nom} область"


_VOWELS = re.compile(r"[аеёиоуыэюяіьъ']")
_SKELETONS = {_VOWELS.sub("", fold(stem)): region for stem, (region, _c) in REGIONS.items()}


def _region_by_consonants(low: str) -> str | None:
    """A Belarusian spelling of a Russian region's adjective: its consonants are the Russian stem's («яраслаўскай»
    and «ярославск» both read «рслвск»); vowels differ by the Belarusian akanye."""
    word = low.translate(_BE_TO_RU)
    for form in (word, word.replace("дз", "д").replace("ц", "т")):  # «Цвярскай»: ц and дз of Russian т and д
        bones = _VOWELS.sub("", form)
        got = next((region for stem, region in _SKELETONS.items() if len(stem) >= 4 and bones.startswith(stem)), None)
        if got:
            return got
    return None


def region_of_centre(city: str) -> str:
    """The region named after its centre: «Иркутск» → «Иркутская область» (a name in -ск/-цк), else the city."""
    return f"{city}ая область" if city.endswith(("ск", "цк")) else city


def known_region(name: str) -> bool:
    """A region the lexicon lists, or one named after a town the gazetteer knows («Иркутская область»)."""
    if name in _KNOWN_REGIONS:
        return True
    head, _, rest = name.partition(" ")
    return rest == "область" and head.endswith(("ская", "цкая")) and town(head[:-2]) is not None


def region_centre(adjective: str) -> str | None:
    """The seat of an oblast executive committee: «Могилёвского облисполкома» → Могилёв."""
    low = fold(adjective)
    for stem, (_region, city) in REGIONS.items():
        if low.startswith(fold(stem)):
            return city
    return None


@lru_cache(maxsize=1024)
def _named_after_someone(word: str) -> bool:
    """«Ленина», «Победы», «Партизан» after «площади» (and Belarusian «Леніна», «Перамогі» in their Russian spelling):
    a square's name (a person or a noun), not a town."""
    low = word.lower()
    for form in (low, *(islice(russian_spellings(low), 3) if _BE_SPELLING.search(low) or "і" in low else ())):
        ps = parses(form)
        if ps and morph().word_is_known(form):
            return not any("Geox" in p.tag for p in ps) and any(
                "Surn" in p.tag or "Name" in p.tag or p.tag.POS == "NOUN" for p in ps)
    return False


def _listed(sentence: str, end: int, name: str) -> bool:
    """The first town of a list («на предприятиях в Набережных Челнах, Нижнекамске и Елабуге»): a tour of several,
    held in none of them alone."""
    if name.endswith((" область", " район", " край")) or not _TOURING.search(sentence, max(0, end - 120), end):
        return False  # (a list of towns that a tour takes in: «посещение предприятий в …, … и …», "will visit …")
    while (nxt := _NEXT_IN_LIST.match(sentence, end)) is not None:  # «, Нижнекамске и Елабуге»: towns, one after
        other = place_name(nxt.group(1))  # («и», not a comma alone: "to Minsk, Tatarstan President …"; and towns,
        if other is None or other in COUNTRIES or other.endswith((" область", " район", " край")):
            return False  # not "Vitebsk, Belarus and Russia": a town and its country)
        if nxt.group().lstrip()[:1] != ",":
            return True
        end = nxt.end()
    return False


_ENVOY_WORDS = ("посол", "посольств", "консул", "пасол", "пасольств", "ambassador", "embassy", "consul")
_ENVOY_OF = re.compile(r"\b(?i:посол|посольств|консульств|генконсул|консул|пасол|пасольств|ambassador|embassy"
                       r"|consul)\w*(?:\s+(?i:general|генеральн\w*))?(?:\s+(?:of|the|[A-ZА-ЯЁІЎ][\w-]*)){1,3}?\s+(?:в|во|у|ў|to|in)\s+$")


_AT_THE = re.compile(r"(?i)(?:\b(?:в|во|у|ў|at|in)(?: the)?\s+)$")


def _envoy_before(sentence: str, at: int) -> bool:
    """A post, not a venue: «Посол Беларуси в России», "Ambassador of Belarus to Russia" (but «в посольстве Беларуси
    в Москве» is where something is held)."""
    m = _ENVOY_OF.search(sentence, max(0, at - 50), at)
    return m is not None and not _AT_THE.search(sentence, max(0, m.start() - 8), m.start())


def object_named(words: str, name: str) -> bool:
    """«на Кургане Дружбы», «у Кургана Славы»: a town's word with a capitalised common noun in the genitive after it
    names a monument or a site, not the town (but «в Гомеле Республики Беларусь» is the town)."""
    parts = words.split()
    if len(parts) != 2 or len(name.split()) > 1 or not parts[1][:1].isupper():
        return False
    got = parses(parts[1].lower())
    return bool(got) and got[0].tag.POS == "NOUN" and got[0].tag.case == "gent" \
        and not any(t in got[0].tag for t in ("Geox", "Name", "Surn", "Patr", "Orgn")) \
        and not re.match(REGION_NOUNS, parts[1], re.I) and not place_name(parts[1]) \
        and not parts[1].lower().startswith(("республик", "федерац", "рэспублік", "федэрац", "дн", "дзён", "форум",
                                             "фестивал", "фестывал", "ярмарк", "кірмаш"))  # («в Петербурге Дней
    # Минска»: the town, then the gathering held there)


@lru_cache(maxsize=4096)
def places_in(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) for every place the sentence puts something in, buildings included."""
    out: list[tuple[int, str]] = []
    low = fold(sentence)
    for rx, city, heads in _BUILDINGS:
        if heads is not None and not any(h in low for h in heads):
            continue
        for m in rx.finditer(low):
            if _IN_BEFORE.search(low[max(0, m.start() - 8):m.start()]):  # («в …», "in the …")
                seat = city or _centre_named(sentence)
                if seat:
                    out.append((m.start(), seat))
    for m in _SETTLEMENT.finditer(sentence):
        word = m.group(1)
        if " " in word and not place_name(word):
            word = word.split()[0]
        out.append((m.start(1), place_name(word) or _adjective_town(word) or _russian_word(word) or word))
    for m in _INSTITUTION_OF_TOWN.finditer(sentence) if "г." in sentence or "города" in sentence \
            or "горада" in sentence else ():
        if (name := place_name(m.group(1))) and name not in COUNTRIES:
            out.append((m.start(1), name))
    for m in _STATIONS.finditer(sentence) if "станц" in sentence or "ст." in sentence else ():
        for g in (1, 2):  # «на станциях Свобода и Золотухино»: each station's village
            if m.group(g):
                out.append((m.start(g), place_name(m.group(g)) or _russian_word(m.group(g)) or m.group(g)))
    for m in _EN_SETTLEMENT.finditer(sentence) if " of " in sentence else ():  # "in the Russian town of Zvenigorod"
        if name := place_name(m.group(1)):
            out.append((m.start(1), name))
    together: set[int] = set()  # (where a region is read off such a list: no town of its name there)
    for m in _REGIONS_TOGETHER.finditer(sentence) if ("област" in sentence or "абласц" in sentence or "вобласці" in sentence
                                                      or "regions" in sentence or "oblasts" in sentence) \
            and (" и " in sentence or " і " in sentence or " and " in sentence) else ():
        noun = "region" if m.group(2).isascii() else "область" if m.group(2).startswith("о") else "вобласць"
        for w in re.finditer(r"[\w-]+", m.group(1)):
            if w.group().lower() not in ("и", "і", "and") and (name := place_name(f"{w.group()} {noun}")) \
                    and name.endswith(" область"):
                out.append((m.start(1) + w.start(), name))
                together.add(m.start(1) + w.start())
    for m in _VISITED.finditer(sentence):
        name = place_name(m.group(1))
        if name and not _listed(sentence, m.end(1), name):
            out.append((m.start(1), name))
    for m in _VISITED_FIRST.finditer(sentence) if "посе" in low or "навед" in low or "побыв" in low \
            or "пабыв" in low else ():
        if (name := place_name(m.group(1))) and name not in COUNTRIES and not _HOSTS.match(sentence, m.start(1)):
            out.append((m.start(1), name))  # (a town the host pattern reads too, «Борисов посетила …», once)
    for m in _PREP.finditer(sentence):
        if _ADJ_OF_NOUN.match(sentence, m.end(1)) and _ADJ_FORM.search(m.group(1)) \
                and not (" " in m.group(1) and _REGION_AFTER.match(sentence, m.end(1))):
            continue  # «на Славянском базаре», «в Петербургском форуме»: an adjective of a common noun (but «в Ветке
            # Гомельской области»: the town, then its region)
        name = place_name(m.group(1))
        if name and name.endswith(" область") and (parts := m.group(1).split())[-1] == "region" \
                and _EN_INSTITUTION.match(sentence, m.end(1)) and (centre := place_name(parts[0])) \
                and region_of(centre) is not None:
            name = centre  # "in the Mogilev regional drama theater": the region's institution, in the town it is named by
        if name and not _listed(sentence, m.end(1), name) and not object_named(m.group(1), name):
            out.append((m.start(1), name))
    for m in _POSSESSIVE.finditer(sentence) if "Russia" in sentence else ():
        if name := place_name(m.group(1)):
            out.append((m.start(1), name))
    for m in _CAPITAL.finditer(sentence) if "століц" in sentence or "толиц" in sentence or "capital" in sentence \
            else ():  # «в столице Беларуси», «в белорусской столице», "in the Russian capital"
        out.append((m.start(), "Минск" if re.search(r"(?i)белорус|беларус|belarus", m.group()) else "Москва"))
    for m in _REGION_CAPITAL.finditer(sentence) if "толиц" in sentence or "таліц" in sentence or "capital" in sentence \
            or "центр" in sentence or "цэнтр" in sentence else ():
        # «столица Кубани», «в столице Татарстана», «областной центр Брянщины», "the capital of Primorye": the region's
        # centre (a country's capital is read above)
        if (region := place_name(m.group(1))) and (centre := _centre_of(region)):
            out.append((m.start(), centre))
    for m in _NEVA.finditer(sentence) if "Нев" in sentence or "Няв" in sentence or "Neva" in sentence \
            or "северн" in low or "паўночн" in low or "northern" in low else ():
        out.append((m.start(), "Санкт-Петербург"))
    for m in _VENUE_OF.finditer(sentence) if any(w in sentence for w in _VENUE_WORDS) \
            else ():  # «на главной площади Гомеля», «в парке Победы Минска»
        name = place_name(m.group(1))
        if name and not _named_after_someone(m.group(1)):  # «на площади Ленина» names a square, not a village
            out.append((m.start(1), name))
    for m in _SEAT_OF.finditer(sentence) if any(w in sentence for w in _SEAT_WORDS) else ():
        if name := place_name(m.group(1)):
            out.append((m.start(1), name))
    for m in _HOSTS.finditer(sentence) if "прим" in sentence or "прин" in sentence or "прым" in sentence \
            or "прын" in sentence or "host" in sentence or "посет" in sentence or "welcom" in sentence \
            or "отме" in sentence or "праздн" in sentence or "адзнач" in sentence or "святку" in sentence \
            or "celebrat" in sentence or "mark" in sentence \
            else ():  # «Смоленск принимает гостей», "Gomel will host …", «Борисов посетила делегация»
        if _WHOSE_BEFORE.search(sentence, max(0, m.start(1) - 30), m.start(1)):
            continue  # «Делегация Тулы посетила форум»: whose delegation, in the genitive, not the place visited
        if _IN_A_PHRASE.search(sentence, max(0, m.start(1) - 30), m.start(1)):
            continue  # «В Нижнем Новгороде отметили …»: a word of a place the preposition governs, no subject
        name = place_name(m.group(1))
        if name:
            out.append((m.start(1), name))
    for m in _APPOSED_TOWN.finditer(sentence) if ", г" in sentence or "city of" in sentence else ():
        if (name := place_name(m.group(1))) and name not in COUNTRIES:
            out.append((m.start(1), name))  # «посетила республику Беларусь, город Могилёв»: the town, named as one
    for m in _HOST_AFTER.finditer(sentence) if "прин" in sentence or "прым" in sentence else ():
        if (name := place_name(m.group(1))) and name not in COUNTRIES:
            out.append((m.start(1), name))  # «Дни Смоленщины принимал Полоцк»: the host, the clause's subject, last
    for m in _REGION_ADJ_NOUN.finditer(sentence) if "регион" in sentence or "рэгіён" in sentence or "кра" in sentence \
            else ():
        if (m.group(1) or m.group(3)) and (name := region_name(m.group(2))) in _KNOWN_REGIONS:
            out.append((m.start(2), name))  # (a region the lexicon lists: «родной край» is none)
    for b in _BUILDING_NOUN.finditer(sentence) if any(w in sentence for w in _BUILDING_WORDS) else ():
        adj = _TOWN_BUILDING.search(sentence, max(0, b.start() - 60), b.start())  # (the adjective looked for before
        if adj and (name := _city_of_adjective(adj.group(1)) or town_of_adjective(adj.group(1))):  # the building's noun:
            # the noun is found far faster; a Belarusian adjective in its Russian spelling: «у Смаленскім тэатры»)
            out.append((adj.start(1), name))
    for m in _OF_TOWN_SCHOOL.finditer(sentence) if "ниверситет" in sentence or "ніверсітэт" in sentence \
            or "нститут" in sentence or "нстытут" in sentence or "кадеми" in sentence or "кадэмі" in sentence else ():
        # «в Фундаментальной библиотеке Московского университета», «у актавай зале Гомельскага ўніверсітэта»: a
        # building of the town's university is in the town
        if name := _city_of_adjective(m.group(1)) or town_of_adjective(m.group(1)):
            out.append((m.start(1), name))
    for m in _HOUSE_OF_DISTRICT.finditer(sentence) if "район" in sentence or "раён" in sentence else ():
        # «на сцене … «Центр культуры Гомельского района»», «в Доме культуры Стародубского района»: the district's own
        # house is in the district
        if (name := place_name(m.group(1))) and name.endswith(" район") and (m.start(1), name) not in out:
            out.append((m.start(1), name))
    for m in _OF_TOWN_SCHOOL_EN.finditer(sentence) if "University" in sentence or "Institute" in sentence else ():
        # "at the Fundamental Library of Moscow University", "at Vitebsk State University": the university's town
        if (name := place_name(m.group(1))) and name not in COUNTRIES and " " not in name and region_of(name) \
                and (m.start(1), name) not in out:
            out.append((m.start(1), name))
    for m in _TOWN_DAY_OF.finditer(sentence) if "город" in sentence or "горад" in sentence or "ity" in sentence else ():
        # «Дня города Великого Новгорода», "the City Day of Veliky Novgorod": the town's own day is held there
        words = m.group(1).split()
        if name := (len(words) > 1 and (_two_word_town(words[0], words[1]) or town(m.group(1)))) \
                or place_name(words[0]):
            out.append((m.start(1), name))
    for m in _EN_TOWN_DAY.finditer(sentence) if "City Day" in sentence else ():  # "Kotlas City Day": held there
        if name := place_name(m.group(1)):
            out.append((m.start(1), name))
    for m in _NAMED_AFTER_CITY.finditer(sentence):  # «Петербургский международный экономический форум»
        name = _city_of_adjective(m.group(1))
        if name:
            out.append((m.start(1), name))
    for m in _NAMED_AFTER_CITY_BE.finditer(sentence) if "і" in sentence or "ў" in sentence else ():
        if name := town_of_adjective(m.group(1)):
            out.append((m.start(1), name))
    for m in _NAMED_AFTER_CITY_EN.finditer(sentence) if sentence.isascii() or "Forum" in sentence \
            or "Festival" in sentence or "Fair" in sentence else ():
        if (name := place_name(m.group(1))) and name not in COUNTRIES and " область" not in name \
                and region_of(name) is not None:
            out.append((m.start(1), name))
    for m in _EN_DISTRICTS.finditer(sentence) if " of " in sentence else ():
        name = place_name(m.group(1) + " region")
        if name:
            out.append((m.start(1), name))
    for m in _EXECUTIVE.finditer(sentence):
        if not m.group(2):
            centre = region_centre(m.group(1))
        else:  # («в Бобруйском райисполкоме»: the district's town, where something is held in it — not «председатель
            # Могилёвского райисполкома», an office, nor «Витебский райисполком подписал», a party)
            centre = town_of_adjective(m.group(1)) if _IN_BEFORE.search(sentence[max(0, m.start() - 8):m.start()]) \
                else None
        if centre:
            out.append((m.start(), centre))
    for m in _EN_EXECUTIVE.finditer(sentence) if "Executive" in sentence else ():  # "at the Vitebsk Oblast Executive Committee": seated in Vitebsk
        seat_of = place_name(m.group(1))
        if seat_of:
            out.append((m.start(), seat_of))
    if ("центр" in sentence or "цэнтр" in sentence or "regional" in sentence) \
            and (centre_at := _REGIONAL_CENTRE.search(sentence)) is not None:  # «в областном центре» of the region named
        seat = next((c for r in _REGION_ADJ.finditer(sentence) if (c := region_centre(r.group(1)))), None)
        if seat:
            out.append((centre_at.start(), seat))
    out.sort()
    # «посетила Оршу, Полоцк и Витебск»: the towns listed after one found are places too
    more: list[tuple[int, str]] = []
    for at, _name in out:
        pos = at
        while (nxt := _LIST_NEXT.match(sentence, pos)) is not None \
                and (name := nxt.group(2) and place_name(f"{nxt.group(1)} {nxt.group(2)}") or place_name(nxt.group(1))) \
                and not _ROLE_AFTER.match(sentence, nxt.end(1)):  # (not "to Minsk, Tatarstan President …")
            more.append((nxt.start(1), name))  # («в Полоцке и Великих Луках»: a town of two words listed whole)
            pos = nxt.start(1)
    if more:
        out = sorted(set(out) | set(more))
    if together:
        out = [(at, name) for at, name in out if at not in together or name.endswith(" область")]
    if any(w in low for w in _ENVOY_WORDS):  # «Посол Беларуси в России», "Ambassador of Belarus to Russia": a post, no venue
        out = [(at, name) for at, name in out if not _envoy_before(sentence, at)]
    # «в Ленинском районе г. Минска»: a district of a city is the city's
    for i, (at, name) in enumerate(out):
        of_city = re.match(rf"[\w-]+\s+[\w-]+\s+(?:г\.|города|гор\.)\s*({_CAP})", sentence[at:]) \
            if name.endswith(" район") else None
        if of_city:
            out[i] = (at, place_name(of_city.group(1)) or name)
    return tuple(out)


_ADJ_CASES = (("ого", ("ый", "ий", "ое")), ("его", ("ий", "ее")), ("ому", ("ый", "ий", "ое")), ("ом", ("ый", "ое")), ("ем", ("ий", "ее")), ("ым", ("ый",)), ("им", ("ий",)), ("ой", ("ая", "ой")),
              ("ей", ("ая", "яя")), ("ую", ("ая",)))


def _adjective_town(word: str) -> str | None:
    """«в городе Светлом» → Светлый, «в Белой» → Белая: a town named by an adjective, in the case of the phrase."""
    for end, nominatives in _ADJ_CASES:
        if word.endswith(end) and len(word) > len(end) + 2:
            return next((name for n in nominatives if (name := place_name(word[: -len(end)] + n))), None)
    return None


def _russian_word(word: str) -> str | None:
    """A village the gazetteer does not list, written in Belarusian («м. Свабода», «в. Чырвоная»): its Russian
    spelling where that is a word of the Russian dictionary («Свобода»), as villages are often named by words."""
    low = fold(word)
    if not _BE_SPELLING.search(low) and "а" not in low or morph().word_is_known(low):
        return None  # (a Russian word is as it is written)
    known = next((v for v in russian_spellings(low) if v != low and morph().word_is_known(v)), None)
    return known[:1].upper() + known[1:] if known else None


def _city_of_adjective(adjective: str) -> str | None:
    """«Петербургском» → Санкт-Петербург, «Минский» → Минск, «рязанском» → Рязань: the town an adjective is made
    from, when the gazetteer or the lexicon knows it (never a region: «Брянский» is no venue)."""
    base = re.sub(r"(?:ск|цк)(?:ий|ом|ого|ому|им|ая|ой|ую|ое|і|ы|ім|ым|ае|ага|аму|ай|ога)$", "", adjective)  # (and the
    # Belarusian endings: «Мінскага», «Смаленскім»)
    # (last, a town in -а or -о: «Унечский» → Унеча, «Злынковский» → Злынка, the «ов» put in before «ск» dropped)
    for form in (base, base + "ск", base + "цк", base + "ь", base + "а", base + "о",
                 base[:-2] + "а" if base.endswith("ов") else "", base + "т" if base.endswith("с") else ""):
        # («Брэсцкага»: the «ст» of Брэст written «сц» before «к»)
        if not form:
            continue
        name = _ALIAS.get(fold(form)) or town(form)
        if name:
            return name
    return None


_ROLE_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:с|со|з|with)\s+(?:the\s+)?(?:{ROLES})\s+$")  # (the host's own governor
# is where the house is: «губернатор Брянской области провёл совещание в Доме Советов»)


def _centre_named(sentence: str) -> str | None:
    """«В Доме Советов … Брянской области»: the centre of the (Russian) region the sentence names."""
    for m in _REGION_ADJ.finditer(sentence):
        if not fold(m.group(1)).startswith(BELARUS_REGIONS) \
                and not _ROLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            # («встреча председателя облисполкома с губернатором Новосибирской области»: whose governor, not where)
            centre = region_centre(m.group(1))
            if centre:
                return centre
    return None


def country_of(name: str) -> str:
    """«Беларусь» for a Belarusian region or town the gazetteer knows, else «Россия»."""
    low = fold(name)
    if name == "Беларусь" or low.startswith(BELARUS_REGIONS) or name in BELARUS_TOWNS:
        return "Беларусь"
    return country_of_town(name) or "Россия"


def holds(place: str, town_name: str) -> bool:
    """``place`` is the region or country the gazetteer puts ``town_name`` in («Карелия» holds Петрозаводск, so
    do «Республика Карелия» and «Россия»)."""
    region = region_of(town_name)
    return region is not None and place != town_name and (
        place in (region, region.removeprefix("Республика ")) or place == country_of_town(town_name))


def region_in(sentence: str, country: str) -> str | None:
    """A region of ``country`` the sentence names in any case («Беларуси и Орловской области» → Орловская область);
    None where it names two or more («в Орловскую и Курскую области»: the country holds them)."""
    found: set[str | None] = set()
    for m in _REGION_ADJ.finditer(sentence):
        if _OFFICE_OF.search(sentence, max(0, m.start() - 40), m.start()) \
                or _PARTNER_WITH.search(sentence, max(0, m.start() - 5), m.start()):
            continue  # «встретился с губернатором Витебской области», «сотрудничества с Могилевской областью»: whose
            # office, who the partner is, not where (GUIDE §6)
        low = fold(m.group(1))
        belarusian = any(low.startswith(fold(stem)) for stem in BELARUS_REGIONS)
        if belarusian == (country == "Беларусь"):
            found.add(region_name(m.group(1)))
    if len(found) == 1:  # (one noun for two: «в Орловскую и Курскую области»)
        found |= {name for _, name in places_in(sentence) if name.endswith(" область")
                  and fold(name).startswith(BELARUS_REGIONS) == (country == "Беларусь")}
    return found.pop() if len(found) == 1 else None


_LINK = re.compile(REMOTE, re.I)


def two_cities(sentence: str) -> str | None:
    """«видеоконференции Минск-Курск»: the first city of a link between two (a link, not a document's parties: "a
    Minsk-Kazan cooperation program" holds no venue)."""
    m = re.search(rf"\b({_CAP})\s*[-–—]\s*({_CAP})\b", sentence)
    if m and _LINK.search(sentence):
        a, b = place_name(m.group(1)), place_name(m.group(2))
        if a and b:
            return a
    return None


def dateline_place(text: str) -> str | None:
    """The place of a news agency dateline: «МИНСК, 24 ноя -», «VITEBSK, 10 August (BelTA)»."""
    head, pos, m = text[:3000], 0, None
    while m is None and pos >= 0:  # what ``_DATELINE.search`` finds, tried only where a line starts (its "^"):
        m = _DATELINE.match(head, pos)  # ``re`` would try every position
        pos = head.find("\n", pos) + 1 or -1
    if m is None:
        return None
    word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    return place_name(word[:1] + word[1:].lower())


# «Магілёў прымае моладзевы форум», «Смоленск принимает гостей», "Minsk hosts the forum": the town as the host
# (… and the town that celebrates: «Витебск торжественно отметил 80-ю годовщину освобождения», «Віцебск урачыста адзначыў
# …», "Vitebsk solemnly marked …")
_HOSTS_FIRST = re.compile(r"(?<![\w-])(?=([А-ЯЁІЎA-Z][а-яёіўa-z-]+)(?!\s+(?:област|вобласц|край|район|раён|region|oblast"
                          r"|district|[Rr]egion|[Oo]blast|[Dd]istrict))\s+(?:\S+\s+){0,3}?(?:принимает|примет|принял|приняла|приняли"
                          r"|принимают|прымае|прыме|прыняў|прыняла|прынялі|прымаюць|встречал|встречала|встречали"
                          r"|встречает|сустракаў|сустракала|сустракалі|сустракае|welcomed|welcomes"
                          r"|hosts|hosted|will host|отметил[аио]?|отмечает|отметит|отпраздновал[аио]?|празднует"
                          r"|адзначыў|адзначае|адзначыць|адсвяткаваў|святкуе|marked|marks|celebrated|celebrates)\b"
                          r"(?!\s+(?:участи|удзел)))")  # («примет участие», «прыняў удзел»: takes part, hosts nothing)
# (a look-ahead: each capitalised word is tried, «Вчера Гомель отметил» is not taken whole from «Вчера»)


_HOSTS_FIRST_STEMS = ("приним", "примет", "принял", "прыме", "прымаю", "прыня", "встречал", "встречает", "сустрака",
                      "welcome", "host", "отмет", "отмеча", "праздн", "адзнач", "святк", "marked", "marks", "celebrat")
# (a stem of every verb of _HOSTS_FIRST: not «встреча», «свята», "market", which most sentences of talks and feasts hold)


@lru_cache(maxsize=1024)  # asked for each event of a sentence, and twice for some (a visit's place)
def host_named_first(text: str) -> str | None:
    """The town named as the subject of hosting («Магілёў прымае форум»): where the event is held (the pattern,
    which tries every capital letter, only where one of its verbs is)."""
    if not any(w in text for w in _HOSTS_FIRST_STEMS):
        return None
    for m in _HOSTS_FIRST.finditer(text):
        if (name := _town_in_case(m.group(1), ("nomn",))) is not None and not _first_name_before(text, m.start()):
            return name
    return None


# «губернатор Александр Гусев примет участие»: a surname after a first name, not the town of Gusev
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w-])(?:[А-ЯЁІЎA-Z][а-яёіўa-z]+)\s+$")


def _first_name_before(text: str, at: int) -> bool:
    m = _FIRST_NAME_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and any("Name" in p.tag for p in parses(m.group().strip().lower())[:2])


def town_in_role(patterns: tuple[re.Pattern[str], ...], cases: tuple[str, ...], text: str) -> str | None:
    """The first town a pattern's group 1 names, read as a town in one of ``cases`` (not a country)."""
    for rx in patterns:
        for m in rx.finditer(text):
            if (name := _town_in_case(m.group(1), cases)) is not None:
                return name
    return None


def _town_in_case(word: str, cases: tuple[str, ...]) -> str | None:
    """``word`` as a town (not a country) in one of ``cases``."""
    name = place_name(word)
    word = word.lower()
    if name and name not in COUNTRIES and (any("Geox" in p.tag and p.tag.case in cases for p in parses(word)[:3])
                                           or "nomn" in cases and (word.isascii() or spelled(word) == name
                                                                   or from_belarusian(word) == fold(name).lower())):
        # (an English or Belarusian name, which pymorphy3 does not parse, in its dictionary form: a spelling
        # the gazetteer lists as such, «Баранавічы»)
        return name
    return None
