"""A Russian title composed from an event's parts, whatever the language of its text.

Where the text gives no Russian noun phrase that names the event (a Belarusian or English release, or a
bare cue such as «Встреча»), the title is built as a person keeping the calendar would write it:
the head (what: «Рабочий визит», «Заседание рабочей группы», «Форум регионов Беларуси и России»),
who (a named person with the role, a region's delegation, the two sides), and where:

    «Визит делегации Псковской области в Витебск», «Переговоры губернатора Брянской области Александра
    Богомаза в Гомеле», «Встреча представителей Гомельской области и Брянской области в Гомеле».

The heads are a lexicon of (pattern, type, Russian head) over ru, be and en cue words; inflection is
pymorphy3's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .countries import other_country
from .event_lexicon import ANNIVERSARY_BASES, FESTIVAL_NAMES, NAMED_DAYS
from .event_text import adjective_before_noun, fold, inflect, nominative_phrase, parses
from .parties import (
    BELARUS,
    RUSSIA,
    delegation_origin,
    envoy_of,
    is_belarusian,
    named_parties,
    party_of_place,
    short,
)
from .places import COUNTRIES, liberation_pattern, place_name, region_name

# (pattern on the folded cue sentence from its cue on, event type, Russian head); the first match wins
HEADS: tuple[tuple[str, str, str], ...] = (
    (r"пленарн\w+ (?:заседани|пасяджэнн|сесси|сесі)|plenary (?:session|meeting)", "meeting", "Пленарное заседание"),
    (r"(?:рабоч\w+ групп|рабоч\w+ груп|працоўн\w+ груп|working group)\w*\s+(?:\S+\s+)?(?:собирал|собрал|збірал|сабрал|last met"
     r"|met|convened)", "meeting", "Заседание рабочей группы"),
    (r"(?:групп|груп|комисси|камісі|совет|савет)\w*\s+(?:\S+\s+)?(?:собирал|собрал|збірал|сабрал)|(?:group|commission"
     r"|council)\s+(?:last\s+)?(?:met|convened)", "meeting", "Заседание"),
    (r"заключительн\w+ (?:пленарн\w+ )?(?:заседани|сесси)|заключн\w+ (?:пленарн\w+ )?пасяджэнн"
     r"|(?:final|closing) (?:plenary )?(?:session|meeting)", "meeting", "Заключительное заседание"),
    (r"(?:форум\w*|forum) (?:регион|рэгіён|of (?:the )?(?:[a-z]+ (?:and )?){0,3}regions)|regions forum", "meeting",
     "Форум регионов Беларуси и России"),
    (r"форум\w* (?:городов|гарадоў)-?(?:побратим|пабрацім)|twin[- ](?:town|cit)\w* forum|forum of twin", "meeting",
     "Форум городов-побратимов"),
    (r"экономическ\w+ форум|эканамічн\w+ форум|economic forum", "meeting", "Экономический форум"),
    (r"бизнес-форум|бізнес-форум|business forum", "meeting", "Бизнес-форум"),
    (r"молод[её]жн\w+ форум|моладзев\w+ форум|youth forum", "meeting", "Молодёжный форум"),
    (r"форум|forum", "meeting", "Форум"),
    (r"саммит|саміт|summit", "meeting", "Саммит"),
    (r"видеоконференц|відэаканферэнц|videoconferenc|video conferenc", "meeting", "Видеоконференция"),
    (r"телеконференц|тэлеканферэнц|teleconferenc|tele-conferenc", "meeting", "Телеконференция"),
    (r"конференц|канферэнц|conference", "meeting", "Конференция"),
    (r"рабоч\w+ групп|рабоч\w+ груп|working group", "meeting", "Заседание совместной рабочей группы"),
    (r"(?:заседани|пасяджэнн|session|meeting)\w* (?:\S+ ){0,6}?(?:комисси|камісі|commission)"
     r"|commission (?:meeting|session)", "meeting", "Заседание комиссии"),
    (r"(?:заседани|пасяджэнн|session|meeting)\w* (?:\S+ ){0,3}(?:оргкомитет|организационн\w* комитет|аргкамітэт"
     r"|арганізацыйн\w* камітэт|organi[sz]ing committee)|organi[sz]ing committee (?:meeting|session)", "meeting",
     "Заседание организационного комитета"),
    (r"(?:заседани|пасяджэнн|session|meeting)\w* (?:\S+ ){0,3}(?:совет|савет|council)|council (?:meeting|session)"
     r"|council\b(?:\s+\S+){0,8}?\s+(?:held|holds|will hold) (?:its|a|the) (?:\S+ )?(?:sitting|session)",
     "meeting", "Заседание совета"),
    (r"переговор|перамов|перагавор|talks", "meeting", "Переговоры"),
    (r"совещани|нарад", "meeting", "Совещание"),
    # (a session of an assembly is «сессия» in Russian: «Сессия Парламентского собрания», "the 48th session of the
    # Parliamentary Assembly")
    (r"\bсесси|\bсесі(?:я|і|ю|яй)\b|\bsession of the (?:\S+ ){0,2}(?:parliamentary|assembly)", "meeting", "Сессия"),
    (r"заседани|пасяджэнн|session|\bsitting\b", "meeting", "Заседание"),
    (r"встреч|встрет|сустрэ|\bmet\b|\bmeet", "meeting", "Встреча"),
    (r"", "meeting", "Встреча"),
    (r"официальн\w+ визит|афіцыйн\w+ віз[іы]т|official visit", "visit", "Официальный визит"),
    (r"рабоч\w+ визит|рабоч\w+ візіт|працоўн\w+ віз[іы]т|working visit", "visit", "Рабочий визит"),
    (r"рабоч\w+ поездк|рабоч\w+ паездк|працоўн\w+ паездк|working trip|business trip", "visit", "Рабочая поездка"),
    (r"", "visit", "Визит"),
    (r"выставк\w*-ярмарк|выстаўк\w*-кірмаш|exhibition[- ]fair", "fair", "Выставка-ярмарка"),
    (r"фестивал\w*-ярмарк|фестывал\w*-кірмаш|festival[- ]fair", "fair", "Фестиваль-ярмарка"),
    (r"", "fair", "Ярмарка"),
    (r"(?:дни|дні|days of) (?:белорусской |беларускай |belarusian |russian |российской |расійскай )?"
     r"(?:культуры|culture)|culture days", "festival", "Дни культуры"),
    (r"недел\w+ (?:белорусск\w+ )?культур|тыд\w+ (?:беларуск\w+ )?культур|(?:belarusian )?culture week"
     r"|week of (?:belarusian )?culture", "festival", "Неделя культуры"),
    (r"д\w* белорусской письменности|д\w* беларускага пісьменства|written language day|day of (?:the )?belarusian "
     r"(?:written language|writing)",
     "festival", "День белорусской письменности"),
    (r"", "festival", "Фестиваль"),
    (r"меморандум|мемарандум|memorandum", "agreement", "Подписание меморандума"),
    (r"декларац|дэкларац|declaration", "agreement", "Подписание декларации"),
    (r"протокол|пратакол|protocol|minutes of", "agreement", "Подписание протокола"),
    (r"дорожн\w+ карт|дарожн\w+ карт|road ?map", "agreement", "Подписание дорожной карты"),
    (r"программ\w* сотрудничеств|праграм\w* супрацоўніцтв|cooperation program", "agreement",
     "Подписание программы сотрудничества"),
    (r"план\w* (?:\w+(?:ых|іх) )?(?:мероприяти|мерапрыемств)|plan of (?:joint )?(?:measures|events|actions)"
     r"|action plan", "agreement",
     "Подписание плана мероприятий"),
    (r"побратим|пабрацім|twin", "agreement", "Подписание соглашения об установлении побратимских связей"),
    (r"договор|дагавор|treaty|\bдамов(?:а|ы|у|е|ай|аў|ам)\b", "agreement", "Подписание договора"),
    (r"контракт|кантракт|contract", "agreement", "Подписание контрактов"),
    (r"", "agreement", "Подписание соглашения"),
    (r"возлож\w* вен(?:о)?к|[уў]скла\w* (?:\S+ )?вян(?:о)?к|laid (?:a |the )?wreath|wreath"
     r"|\bвен(?:о)?к\w*(?:\s+\S+){0,5}?\s+возлож|\bвян(?:о)?к\w*(?:\s+\S+){0,5}?\s+[уў]скла", "commemoration",
     "Возложение венков"),
    (r"(?:откры\w*|адкры\w*) (?:\S+ )?(?:мемориальн\w+|памятн\w+|мемарыяльн\w+) (?:доск|дошк)|(?:unveil\w*|open\w*) (?:a |the )?"
     r"(?:memorial )?plaque|plaque\b(?:\s+\S+){0,4}?\s+(?:was |were )?(?:unveiled|opened)"
     r"|(?:мемориальн\w+ доск|мемарыяльн\w+ дошк)\w*\s+(?:\S+\s+){0,3}?(?:откры|адкры)", "commemoration",
     "Открытие мемориальной доски"),
    (r"(?:откры\w*|адкры\w*) (?:\S+ )?(?:памятн|мемориальн|мемарыяльн)\w+ знак|(?:unveil\w*|open\w*) (?:a |the )?(?:memorial"
     r"|commemorative) sign|(?:memorial|commemorative) sign(?:\s+[^\s.;]+){0,16}?\s+(?:was |has been )?(?:unveiled|opened)"
     # (the sign first, whom it honours told before the verb: «Памятный знак воинам, которые …, открыли сегодня»)
     r"|(?:памятн|мемориальн|мемарыяльн)\w+ знак\w*(?:\s+[^\s.;]+){0,16}?\s+(?:откры|адкры)", "commemoration",
     "Открытие памятного знака"),
    # a memorial sign installed: «установили памятный знак», «усталявалі памятны знак», "a memorial sign was installed"
    (r"(?:установ|усталяв|ўсталяв|install)\w*\s+(?:a |the )?(?:\S+\s+){0,2}?(?:памятн|мемориальн|монументальн|памятн"
     r"|мемарыяльн|memorial |commemorative )\w*\s*(?:знак|sign)|(?:memorial|commemorative) sign\s+(?:was |has been )?installed",
     "commemoration", "Установка памятного знака"),
    (r"(?:откры\w*|адкры\w*) (?:\S+ )?(?:памятник|помнік|мемориал|мемарыял|бюст|стел)|(?:unveil\w*|open\w*) (?:a |the )?"
     r"(?:monument|memorial)|(?:monument|memorial(?!\s+stone))\b(?:\s+\S+){0,4}?\s+(?:was |were )?(?:unveiled|opened)"
     r"|(?:памятник|помнік)\w*\s+(?:\S+\s+){0,3}?(?:откры|адкры)"
     r"|(?:памятник|монумент|обелиск|помнік|манумент|monument|memorial|obelisk)\w*\s+(?:\S+\s+){0,3}?(?:был\w*\s+|быў\s+"
     r"|was\s+)?(?:установлен|воздвигнут|возведен|сооружен|устаноўлен|узведзен|erected|installed|built)"
     r"|(?:установлен|воздвигнут|возведен|сооружен|установили|воздвигли|возвели|устаноўлен|узведзен|erected|installed)\w*"
     r"\s+(?:a |the )?(?:\S+\s+){0,2}?(?:памятник|монумент|обелиск|помнік|манумент|monument|memorial|obelisk)",
     "commemoration", "Открытие памятника"),
    # a memorial created («был создан мемориал», «быў створаны мемарыял», "a memorial was created")
    (r"(?:мемориал|мемарыял|memorial)[аоуеы]?\s+(?:\S+\s+){0,3}?(?:был\w*\s+|быў\s+|was\s+)?(?:создан|створан|created)"
     r"|(?:создан|создали|створан|стварылі|created)\w*\s+(?:a |the )?(?:\S+\s+){0,2}?(?:мемориал|мемарыял|memorial)",
     "commemoration", "Открытие мемориала"),
    (r"возлож|[уў]складанн|[уў]скла(?:лі|ла|ў|дуць|дзе)\b|la(?:id|ys?) (?:the )?flowers|laying"
     r"|flowers (?:\S+ ){0,3}?(?:was|were|will be|are|have been) laid", "commemoration", "Возложение цветов"),
    (r"капсул|capsule", "commemoration", "Закладка капсулы"),
    (r"(?:памятн\w+|мемориальн\w+) (?:камен|камн|камян)|memorial stone", "commemoration", "Установка памятного камня"),
    (r"телемост|тэлемост|video ?bridge|telebridge", "commemoration", "Телемост"),
    (r"(?:адзін|единые|единый)\w* (?:урок|ўрок)|(?:single|unified) lessons?", "commemoration", "Единые уроки"),
    (r"урок\w* (?:мужества|мужнасці)|lessons? of courage", "commemoration", "Урок мужества"),
    (r"(?:классн|класн)\w+ (?:час|гадзін)|class hours?", "commemoration", "Классный час"),
    (r"диалог\w* культур|дыялог\w* культур|dialogue of cultures", "commemoration", "Диалог культур"),
    (r"викторин|віктарын|quiz", "commemoration", "Викторина"),
    (r"литературн\w* вечер|літаратурн\w* вечар|literary evening", "commemoration", "Литературный вечер"),
    (r"флешмоб|флэшмоб|flash ?mob", "commemoration", "Флешмоб"),
    (r"\bакци[яиюе]|\bакцы[яіюе]|\bcampaign", "commemoration", "Акция"),
    (r"автопробег|аўтапрабег|motor rally|car rally", "commemoration", "Автопробег"),
    (r"торжественн\w+ собрани|[уў]рачыст\w+ сход|(?:solemn|ceremonial|festive|gala) (?:meeting|assembly)", "commemoration", "Торжественное собрание"),
    (r"парад|parade", "commemoration", "Парад"),
    (r"бессмертн\w+ полк|бессмяротн\w+ полк|immortal regiment", "commemoration", "Акция «Бессмертный полк»"),
    (r"почтил\w* память|[уў]шанава\w* памяць|paid tribute|pay tribute|honou?red the memory|commemorat",
     "commemoration", "Почтение памяти"),
    (r"патриотическ\w+ акци|патрыятычн\w+ акцы|patriotic (?:action|campaign)", "commemoration", "Патриотическая акция"),
    (r"шестви|шэсц|procession", "commemoration", "Праздничное шествие"),
    (r"митинг|мітынг|rally", "commemoration", "Митинг"),
    (r"концерт|канцэрт|concert", "commemoration", "Праздничный концерт"),
    (r"(?:праздничн|торжественн)\w+ при[её]м|(?:святочн|[уў]рачыст)\w+ прыём|(?:festive|solemn|gala) reception",
     "commemoration", "Праздничный приём"),
    (r"(?:праздничн|торжественн)\w+ мероприяти|(?:святочн|[уў]рачыст)\w+ мерапрыемств|(?:festive|solemn) event",
     "commemoration", "Торжественное мероприятие"),
    (r"", "commemoration", "Памятное мероприятие"),
    (r"дорожн\w+ карт|дарожн\w+ карт|road ?map", "plan", "Дорожная карта"),
    (r"\bprogram|\bпраграм", "plan", "Программа сотрудничества"),
    (r"", "plan", "План мероприятий"),
    (r"", "other", "Мероприятие"),
)
_HEADS = [(re.compile(p.replace("ё", "[её]")), t, h) for p, t, h in HEADS]  # the text is folded (ё → е)
_NAMED_DAYS = [(re.compile(p), title) for p, title, *_ in NAMED_DAYS if not title.startswith("Купал")]
_CONTAINER = re.compile(r"(?:в рамках|в ходе|во время|на полях|[уў] рамках|падчас|напярэдадні|накануне|перед|после|пасля"
                        r"|перад|during|within|on the sidelines of|on the eve of|before|after|following|at)\s+(?:\S+\s+)?$")
# (… or the one a part is timed by: «накануне форума», "on the eve of the forum", "after the talks")
_DELEGATION = re.compile(r"делегац|дэлегацы|delegation|гост(?:и|ей) из|гасц(?:і|ей) з|guests from|представители\b"
                         r"|представителей\b|прадстаўнікі\b|прадстаўнікоў\b|representatives")
# talks held with a delegation: «с делегацией Торжка», «з дэлегацыяй Торжка», "with a delegation from Torzhok"
_WITH_DELEGATION = re.compile(r"(?:\bс|\bсо|\bз|\bwith)\s+(?:a\s+|the\s+)?(?:делегаци\w*|дэлегацы\w*|delegation)\b.{0,60}")
# what an agreement is about, read in any language (the first that matches)
TOPICS: tuple[tuple[str, str], ...] = (
    (r"побратим|пабрацім|twin", "об установлении побратимских связей"),
    (r"дружествен|сяброўск|friendly relations", "об установлении дружественных отношений"),
    (r"торгово-экономическ|гандлёва-эканамічн|trade[, ]+(?:and )?economic", "о торгово-экономическом сотрудничестве"),
    (r"(?:сотрудничеств|супрацоўніцтв|cooperation)\w*\s+(?:в (?:сфере|области)|[уў] (?:сферы|галіне)|in (?:the )?(?:field|sphere) of)"
     r"\s+(?:образовани|адукацы|education)", "о сотрудничестве в сфере образования"),
    (r"сотрудничеств|супрацоўніцтв|cooperation", "о сотрудничестве"),
)
_TOPICS = [(re.compile(p), t) for p, t in TOPICS]
_MEMO_OR_PROTOCOL = re.compile(r"меморандум\w*|мемарандум\w*|memorand\w*|протокол\w*|пратакол\w*|protocol\w*")
# heads that say what happened but not who took part: the host or guests follow them
_PLAIN = re.compile(r"(?:\w+ )?(?:[Вв]изит|[Вв]стреча|[Пп]ереговоры|[Пп]оездка)")
_DAYS_OF = re.compile(r"\b(?:дни|дней|дням|днях|дні|днеў|дзен|days of|(дзень|дня|day of))\s+(?P<culture>(?:культуры|культуры|culture\s+of"
                      r"|культур\w*)\s+)?(?:the\s+)?(?:(\w+)(\s+(?:област|вобласц|region"
                      r"|oblast))|(?:(?:республики|рэспублікі|republic of)\s+)?((?:st\.? |saint )?\w+(?:-\w+)*))")
# (and «Дні Санкт-Пецярбурга», "Days of St. Petersburg", «Дні Рэспублікі Беларусь»)
_DAYS_EN = re.compile(r"\b()(\w+)(\s+(?:oblast|region))\s+days?\b()|\b(\w+)(?: city)? days\b")  # "the Pskov Oblast Days",
# "the Minsk City Days", "Minsk Days" (the word before must be a place: "three days" is no festival's name)
_NATIONAL_CULTURE = re.compile(r"\b(?:дни|дней|дням|днях|дні|днеў|дзен|days of)\s+(белорусск|беларуск|belarusian|российск"
                               r"|расійск|russian)\w*\s+(?:культуры|culture)\b|\b(belarusian|russian) culture days\b")
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2}$")
_TOWN_DAY = re.compile(r"\b(?:дзень|дня|дні) горада\b|\bcity day\b")


_GOODS_OF = re.compile(r"(?:fair|кірмаш\w*|выстав\w*-кірмаш\w*)\s+(?:of\s+)?(belarusian|беларускіх|russian|расійскіх)\s+"
                       r"(goods|products|producers|manufacturers|тавараў|прадукцыі|вытворцаў)")


def _days_of(low: str) -> tuple[str, bool, bool] | None:
    """The place whose days a festival is, whether one day is named and whether they are days of culture: «Дни
    Витебской области», "Days of the Vitebsk region", "Days of Culture of the Vitebsk Region", «Дні культуры …»,
    "Days of Minsk", "the Minsk City Days", "Minsk Days"."""
    if (national := _NATIONAL_CULTURE.search(low)) is not None:  # «Дни белорусской культуры», "Days of Belarusian
        side = national.group(1) or national.group(2)
        return ("Беларусь" if side.startswith(("бел", "belarus")) else "Россия"), False, True  # Culture"
    for days in _DAYS_OF.finditer(low):
        word = days.group(3) or days.group(5)
        if days.group(4):
            place = place_name(f"{word} region") if word.isascii() else region_name(word)
        else:
            place = place_name(word) or place_name(word[:1].upper() + word[1:])  # (Belarusian spellings by sound)
        if place:
            return place, bool(days.group(1)), bool(days.group("culture"))
    for days in _DAYS_EN.finditer(low):
        word = days.group(2) or days.group(4) or days.group(days.lastindex or 1)
        if days.group(3):
            place = place_name(f"{word} region") if word.isascii() else region_name(word)
        else:
            place = place_name(word) or place_name(word[:1].upper() + word[1:])
        if place:
            return place, bool(days.group(1)), False
    return None


_JUBILEE = re.compile(r"\b(\d{1,4})\s?-?\s?(?:лети\w*|годдз\w*|(?:th|st|nd|rd) anniversary of(?: the)?|(?:-?(?:я|й|ю|ай|ую))?\s+"
                      r"(?:годовщин|гадавін)\w*)\s")
_JUBILEE_BASES = [(re.compile(liberation_pattern(p, place)), label) for p, label, _, place in ANNIVERSARY_BASES
                  if not label.startswith("Основание")]


def _jubilee_of(low: str) -> str | None:
    """«к 80-летию освобождения Витебска» for a ceremony its sentence dedicates to an anniversary the lexicon knows
    (in any of the three languages): the anniversary, in the dative, in Russian."""
    m = _JUBILEE.search(low)
    if m is None:
        return None
    rest = low[m.end(): m.end() + 80]
    label = next((name for rx, name in _JUBILEE_BASES if rx.match(rest) or rx.search(rest[:40])), None)
    if label is None or not 0 < int(m.group(1)) < 1000:
        return None
    words = label.split()
    first = words[0] if re.search(r"(?:ск|цк)(?:ая|ий|ое)$", words[0]) else words[0].lower()
    return f"к {m.group(1)}-летию {nominative_phrase([first, *words[1:]], 'gent')}"


def head(type_: str, low: str, at: int | None = None) -> str:
    """The Russian head noun phrase of an event of ``type_`` read from the folded text ``low`` around its cue
    (at offset ``at``): the first head of the lexicon found there that is the cue itself or is not the
    container the event happens in («в рамках форума», "during the forum"; but "speak at a plenary session")."""
    if at is not None and type_ == "commemoration":  # a ceremony by its own words: «прошёл митинг, после которого
        # возложили цветы» is a rally (the heads of other types run from the most to the least specific)
        for rx, t, h in _HEADS:
            if t == type_ and rx.pattern and any(m.start() <= at + 12 and at < m.end() for m in rx.finditer(low, max(0, at - 40),
                                                                                                   at + 40)):
                return h
    for rx, t, h in _HEADS:
        if t == type_ and any(at is not None and m.start() <= at <= m.end()
                              or not _CONTAINER.search(low, max(0, m.start() - 20), m.start())
                              for m in rx.finditer(low)):
            return h
    return "Мероприятие"


_SITTINGS = ("Заседание", "Заключительное заседание", "Совещание", "Сессия")


@lru_cache(maxsize=4096)
def _name_in(name: str, case: str) -> str:
    """«Роман Старовойт» → «Романа Старовойта» (``case`` gent), «Андрей Воробьёв» → «Андреем Воробьёвым» (ablt):
    a first name by pymorphy3, a surname by its Surn parse or, unknown, by the rules of Russian surnames."""
    words = name.split()
    first = next((p for p in parses(words[0].lower()) if "Name" in p.tag), None)
    gender = (first.tag.gender if first else None) or "masc"
    out = []
    for i, w in enumerate(words):
        tags = [p for p in parses(w.lower()) if {"Name", "Surn", "Patr"} & set(re.split(r"[ ,]", str(p.tag)))]
        surn = next((p for p in tags if "Surn" in p.tag and p.tag.case == "nomn"), None) if i else None
        if i and i == len(words) - 1 and not surn and not any("Patr" in p.tag for p in tags):
            tags = []  # a surname pymorphy3 knows only as a first name («Кобяков»): the rules of surnames, not its
            # plural («Кобяками»)
        got = inflect(w, frozenset({case, gender}), "NOUN") if tags and not surn else w
        if surn is not None and (f := surn.inflect({case, gender})) is not None:
            out.append(w[:1] + f.word[1:])
        elif got != w:
            out.append(got)
        elif i == len(words) - 1:
            out.append(_surname_in(w, gender, case))
        else:
            out.append(w)
    return " ".join(out)


_UNCHANGED = ("о", "их", "ых", "е", "и", "у", "ю")


def _surname_in(word: str, gender: str, case: str) -> str:
    """A surname pymorphy3 does not know, in the genitive or instrumental: «Моор» → «Моора», «Моором»,
    «Кочанова» → «Кочановой»; those in -о, -их, -ых, -ко and a woman's ending in a consonant do not change."""
    low = word.lower()
    gent = case == "gent"
    if low.endswith(_UNCHANGED):
        return word
    if gender == "femn":
        if low.endswith(("ова", "ева", "ина", "ына", "ская", "цкая")):
            return word[:-2] + "ой" if low.endswith("ая") else word[:-1] + "ой"
        return word
    if low.endswith(("ий", "ый", "ой")):
        return word[:-2] + ("ого" if gent else "ым" if low.endswith(("ый", "ой")) or low[-3:-2] in "гкх" else "им")
    if low.endswith(("я", "а")):  # «Руденя» → «Рудени», «Гайдамака» → «Гайдамаки», «Гайдамакой»
        if not gent:
            return word[:-1] + ("ей" if low[-1] == "я" else "ой")
        return word[:-1] + ("ы" if low[-1] == "а" and low[-2:-1] not in "гкхжшчщ" else "и")
    if low.endswith("ь") or low.endswith("й"):
        return word[:-1] + ("я" if gent else "ем")
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        if gent:
            return word + "а"
        return word + ("ым" if low.endswith(("ов", "ев", "ёв", "ин", "ын")) else "ем" if low[-1] in "жшчщц" else "ом")
    return word


def person_genitive(participant: str) -> str | None:
    """«Роман Старовойт, губернатор Курской области» → «губернатора Курской области Романа Старовойта»."""
    name, _, role = participant.partition(", ")
    if not _CYRILLIC_NAME.match(name):
        return None
    who = _name_in(name, "gent")
    return f"{nominative_phrase(role.split(), 'gent')} {who}" if role else who


# a Belarusian or English role → its Russian word (longer names first); a body's officer is left out
ROLES: tuple[tuple[str, str], ...] = (
    (r"first vice[- ]governor|першы віцэ-губернатар", "первый вице-губернатор"),
    (r"vice[- ]governor|віцэ-губернатар", "вице-губернатор"),
    (r"deputy governor|намеснік губернатара", "заместитель губернатора"),
    (r"deputy prime minister|віцэ-прэм.ер", "вице-премьер"),
    (r"prime minister|прэм.ер-міністр", "премьер-министр"),
    (r"governor|губернатар", "губернатор"),
    (r"president|прэзідэнт", "президент"),
    (r"deputy mayor|намеснік мэра", "заместитель мэра"),
    (r"mayor|мэр", "мэр"),
    (r"ambassador|пасол|пасла", "посол"),
    (r"minister|міністр", "министр"),
    (r"\bhead\b|кіраўнік", "глава"),
)
_ROLES = [(re.compile(p, re.I), ru) for p, ru in ROLES]
_REGIONAL = re.compile(r"губернатор|мэр")  # offices of a region or a town, never of a country
_OF_PLACE = re.compile(r"\bof (?:the )?([A-Z][\w-]+)")
_LOCAL = re.compile(r"(?i)\b(?:city|district|town|municipal)\b|гарадск|раённ|гарвыканкам|райвыканкам")
_BODY = re.compile(r"(?i)committee|council|assembly|university|company|выканкам|савет|сход|унівэрсітэт|універсітэт")


def foreign_role(role: str) -> str | None:
    """«губернатар Пскоўскай вобласці», "governor of the Pskov Region" → «губернатора Псковской области»: the
    role's Russian word and the party it serves, in the genitive; None for an officer of a body or a role
    whose side is not named."""
    if role and _EXECUTIVE.search(role) and (chair := _executive_chair(role)):
        return chair  # «старшыня Гомельскага аблвыканкама» → «председателя Гомельского облисполкома»
    if not role or _BODY.search(role) or _LOCAL.search(role):
        return None  # (an office of a town or district, "Head of the Kasimov District Administration", is no region's)
    word = next((ru for rx, ru in _ROLES if rx.search(role)), None)
    if word is None:
        return None
    side = _side_of(role, word)
    if side in (BELARUS, RUSSIA) and _REGIONAL.search(word):
        return None  # «губернатар расійскага рэгіёну»: a governor of Russia is no side; the text's region says more
    if side is None and (of_place := _OF_PLACE.search(role)):  # "Head of Bashkiria"
        side = party_of_place(place_name(of_place.group(1)) or "")
    if side is None:
        return None  # «Встреча президента»: whose? the sides say more
    return f"{nominative_phrase(word.split(), 'gent')} {nominative_phrase(short(side).split(), 'gent')}"


def _side_of(role: str, word: str) -> str | None:
    """The party a role serves: its first, but for a region's or a town's office the first that is no country
    ("Governor of Russia's Rostov Oblast" serves Ростовская область)."""
    if envoy := envoy_of(role):
        return envoy  # «пасол Расіі ў Беларусі» serves Russia, though Belarus is named first in the list of parties
    sides = named_parties(role)
    if _REGIONAL.search(word):
        return next((p for p in sides if p not in (BELARUS, RUSSIA)), sides[0] if sides else None)
    return sides[0] if sides else None


_EXECUTIVE = re.compile(r"(?i)аблвыканкам|облисполком|oblast executive committee|regional executive committee")
_CHAIR = re.compile(r"(?i)старшын|председател|chair")


def _executive_chair(role: str, case: str = "gent") -> str | None:
    """The chairman of an oblast executive committee, in Russian and in ``case`` (the genitive by default)."""
    side = next(iter(named_parties(role)), None)
    if not (_CHAIR.search(role) and side and side.endswith(" область")):
        return None
    adjective = inflect(side.split()[0], frozenset({"gent", "masc", "sing"}), "ADJF")
    return f"{'председателем' if case == 'ablt' else 'председателя'} {adjective} облисполкома"


def instrumental(participant: str, russian: bool, region: str | None = None) -> str | None:
    """«Роман Старовойт, губернатор Курской области» → «губернатором Курской области Романом Старовойтом»; a
    Belarusian or English participant by the Russian word of the role and the name (written in Russian). ``region``
    is the one Russian region the event belongs to: a governor whose phrase names no region serves it."""
    name, _, role = participant.partition(", ")
    who = _name_in(name, "ablt") if _CYRILLIC_NAME.match(name) else None
    if russian:
        if who is None:
            return None
        return f"{nominative_phrase(role.split(), 'ablt')} {who}" if role else who
    said = None
    if role and _EXECUTIVE.search(role) and (chair := _executive_chair(role, "ablt")):
        said = chair  # "with the Chairman of the Gomel Oblast Executive Committee" → «с председателем … облисполкома»
    elif role and not _BODY.search(role) and (word := next((ru for rx, ru in _ROLES if rx.search(role)), None)):
        side = _side_of(role, word)
        if word == "губернатор" and region and side in (RUSSIA, None):
            side = region  # «з губернатарам расійскага рэгіёна» in a release about Краснодарский край
        if side and not (side in (BELARUS, RUSSIA) and _REGIONAL.search(word)):
            said = f"{nominative_phrase(word.split(), 'ablt')} {nominative_phrase(short(side).split(), 'gent')}"
        elif side:  # «губернатар расійскага рэгіёну»: a region's office, whose region the phrase leaves unnamed
            said = nominative_phrase(word.split(), "ablt")
    return f"{said} {who}" if said and who else said or who


def foreign_person(participant: str) -> str | None:
    """A Belarusian or English participant in the genitive: the role's Russian word and side, then the name if
    it is written in Russian («губернатора Ярославской области Михаила Евраева», «Александра Лукашенко»)."""
    name, _, role = participant.partition(", ")
    said = foreign_role(role)
    who = _name_in(name, "gent") if _CYRILLIC_NAME.match(name) else None
    return f"{said} {who}" if said and who else said or who


def _two_actors(participants: tuple[str, ...], russian: bool, parties: tuple[str, ...] = ()) -> str | None:
    """The two sides of a meeting named by people: «A (genitive) с B (instrumental)»."""
    if len(participants) < 2:
        return None
    first = person_genitive(participants[0]) if russian else foreign_person(participants[0])
    regions = [p for p in parties if p not in (BELARUS, RUSSIA) and not is_belarusian(p)]
    second = instrumental(participants[1], russian, regions[0] if len(regions) == 1 else None)
    return f"{first} с {second}" if first and second else None


_WHEN_WORDS = re.compile(r"(?<!\S)(?:сегодняшн|вчерашн|завтрашн|предыдущ|нынешн|прошлогодн|предстоящ|состоявш)\w*\s+",
                         re.I)
# a time the title's sentence gave: «в конце прошлого года», «в этом году», «в 2019 году», «в прошлом месяце» (the date
# is in `start`; «на 2024-2026 годы», a plan's term, and «от 29 сентября», a document's date, stay)
_WHEN_PHRASE = re.compile(r"(?<!\S)(?:в|во)\s+(?:(?:конце|начале|середине)\s+)?(?:(?:прошл|эт|текущ|следующ|нынешн|минувш)\w*"
                          r"\s+(?:год|месяц|недел)\w*|\d{4}\s+год\w*)(?=\s|$|[,.;])", re.I)
_POINTING = re.compile(r"(?<!\S)(?:этого|этой|этот|эта|это|этих|тот|той|того|данн(?:ый|ого|ой|ая))\s+", re.I)


_CUT_TOWN = re.compile(r"\s+(?:в|во|у)\s+(?:г|д|пос|с)\.$")


_CLOSING_QUOTE = re.compile(r'(?<=\w)"(?=\s|$)')


_GODDZE = re.compile(r"(\d+)\s*-\s*годдз(е|я|ю|ем|і)\b")
_LETIE = {"е": "ие", "я": "ия", "ю": "ию", "ем": "ием", "і": "ии"}


@lru_cache(maxsize=8192)
def tidy(title: str) -> str:
    """A title as a person would leave it: no word of time («Сегодняшняя встреча», «Предыдущий визит» — the
    date is in `start`), no pointing word («этого»), no adjective left hanging before the destination
    («делегации белорусского в Тулу»), no unmatched quote at the end."""
    out = _WHEN_PHRASE.sub("", _POINTING.sub("", _WHEN_WORDS.sub("", title))).strip()
    if "годдз" in out:  # «1160-годдзе» → «1160-летие»: the Belarusian anniversary noun in its Russian case form
        out = _GODDZE.sub(lambda m: f"{m.group(1)}-лет{_LETIE[m.group(2)]}", out)
    words = out.split()
    for i in range(1, len(words) - 1):
        if words[i + 1] in ("в", "во") and words[i].isalpha() and words[i][:1].islower() \
                and parses(words[i].lower()) and parses(words[i].lower())[0].tag.POS == "ADJF" \
                and not adjective_before_noun(words[i].lower(), words[i + 2].lower() if i + 2 < len(words) else ""):
            words[i] = ""
    out = _CUT_TOWN.sub("", " ".join(w for w in words if w))  # «… в г.»: a town's abbreviation left without it
    if out.count("«") < out.count("»") and out.endswith("»") or out.count('"') % 2 and out.endswith('"'):
        out = out[:-1].rstrip()
    elif out.count('"') % 2 and (close := _CLOSING_QUOTE.search(out)):  # «делегация Воронежской области", - сказал»
        out = out[:close.start()] + out[close.end():]  # cut at the quote's end, a destination added after it
    return out[:1].upper() + out[1:] if out else title


def into(place: str) -> str:
    """«в Брянск», «во Владимир», «в Курскую область», «в Великие Луки»: the destination of a visit (a name
    made of an adjective and a masculine or plural noun keeps its nominative form, as Russian does)."""
    words = place.split()
    first = parses(words[0].lower())
    last = parses(words[-1].lower())
    keep = len(words) > 1 and bool(first) and first[0].tag.POS == "ADJF" and any(
        x.tag.case == "nomn" and (x.tag.number == "plur" or x.tag.gender == "masc") for x in last) \
        or len(words) == 1 and place[-1:] in "иы" and any(x.tag.case == "nomn" and x.tag.number == "plur" for x in last)
    # (a town named in the plural, «Хиславичи», «Горки», «Великие Луки», is inanimate: its accusative is its name)
    phrase = place if keep else nominative_phrase(words, "accs")
    return f"{_in(place)} {phrase}"


def at_place(place: str) -> str:
    words = place.split()
    if len(words) > 1 and (first := parses(words[0].lower())) and first[0].tag.POS == "ADJF" \
            and first[0].tag.number == "plur" and first[0].tag.case == "nomn":
        # «Великие Луки» → «в Великих Луках»: a plural name is plural throughout
        return f"{_in(place)} " + " ".join(inflect(w, frozenset({"loct", "plur"}), None) for w in words)
    if len(words) == 1 and _POSSESSIVE_TOWN.search(place) \
            and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(place.lower())):
        return f"{_in(place)} {place}е"  # «Лоев» → «в Лоеве», «Ковров» → «в Коврове»: a town's name in -ов, -ев, -ин the
        # dictionary reads as another word's plural («лой», «ковры») declines as a masculine noun
    return f"{_in(place)} {nominative_phrase(words, 'loct')}"


_POSSESSIVE_TOWN = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


def _in(place: str) -> str:
    """«во» before в/ф and a consonant («во Владимир», «во Франции»), else «в»."""
    return "во" if re.match(r"[ВвФф][^аеёиоуыэюяaeiou]", place) else "в"


# a name in quotes right after the cue word (and at most two more words): «фестывалю «Купалле»», "festival “Belarus -
# Bashkortostan”"
_FESTIVAL_NAMES = [(re.compile(p), name) for p, name in FESTIVAL_NAMES]
_SESSION_OF = re.compile(r"(?:meeting|session|sitting|пасяджэнн|заседани|сесі|сесси)\w*\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+)?$")
# the bodies of the Union State and of the two countries a session is held by, in any language, and their Russian
# names in the genitive: «пасяджэнне Саюзнага Саўміна», "a meeting of the Union State Council of Ministers"
_BODIES = [(re.compile(p), name) for p, name in (
    (r"\bгрупп\w* высокого уровня|\bгруп\w* высокага ўзроўню|high[- ]level group", "Группы высокого уровня Совета "
     "министров Союзного государства"),
    (r"\bсаюзн\w* (?:савет\w* міністр|саўмін)|\bсавет\w* міністр\w* саюзн|\bсоюзн\w* (?:совет\w* министр|совмин)"
     r"|\bсовет\w* министр\w* союзн|council of ministers of the (?:\S+ ){0,2}union state|union state council of ministers",
     "Совета министров Союзного государства"),
    (r"\bвышэйш\w* дзяржаўн\w* савет|\bвысш\w* государственн\w* совет|supreme state council",
     "Высшего государственного совета Союзного государства"),
    (r"\bсавет\w* парламенцк\w* сход|\bсовет\w* парламентск\w* собрани|council of the parliamentary assembly of the union",
     "Совета Парламентского собрания Союза Беларуси и России"),
    (r"\bпарламенцк\w* сход|\bпарламентск\w* собрани|parliamentary assembly of the union", "Парламентского собрания "
     "Союза Беларуси и России"),
    (r"\bпастаянн\w* камітэт\w* саюзн|\bпостоянн\w* комитет\w* союзн|standing committee of the union state",
     "Постоянного комитета Союзного государства"),
    (r"\bсавет\w* рэспублікі|council of the republic", "Совета Республики"),
    (r"\bсавет\w* федэрацыі|federation council", "Совета Федерации"),
    # a region's, a city's or a district's executive committee (its sitting is named by it: «Заседание облисполкома»)
    (r"\bоблисполком\w*|\bаблвыканкам\w*|regional executive committee|oblast executive committee", "облисполкома"),
    (r"\bгорисполком\w*|\bгарвыканкам\w*|city executive committee", "горисполкома"),
    (r"\bрайисполком\w*|\bрайвыканкам\w*|district executive committee", "райисполкома"),
)]
_NAMED_AFTER_CUE = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s*(«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”)")


def between(sides: Sequence[str]) -> str:
    """«между Гомельской областью и Брянской областью»: the sides, each in the instrumental."""
    return "между " + " и ".join(nominative_phrase(side.split(), "ablt") for side in sides)


def across(parties: tuple[str, ...]) -> list[str] | None:
    """The first Belarusian and the first Russian party, as the two sides of a document."""
    by = next((p for p in parties if is_belarusian(p)), None)
    ru = next((p for p in parties if not is_belarusian(p)), None)
    return [short(by), short(ru)] if by and ru else None


def hosts_there(role: str, location: str) -> bool:
    """Whether an office ``role`` («председатель Смоленского городского Совета», "Chairman of the Minsk Oblast
    Executive Committee") belongs to the side of ``location``, the venue: its holder hosts there, visits nobody."""
    home = party_of_place(location)
    if not home or not role:
        return False
    homes = {home, _SEAT_OF.get(location, home)}
    stem = location.split()[0].lower().replace("ё", "е")[:-2]
    return not homes.isdisjoint(named_parties(role)) or len(stem) >= 4 and stem in role.lower().replace("ё", "е") \
        or any(party_of_place(place_name(w) or "") in homes for w in role.split() if w[:1].isupper())


# a capital that is a side of its own and the seat of the region named after it (the Minsk Oblast Executive Committee
# sits in Minsk)
_SEAT_OF = {"Минск": "Минская область"}


def compose(type_: str, low: str, *, location: str | None, participants: tuple[str, ...] = (),
            parties: tuple[str, ...] = (), lead: str | None = None, russian_people: bool = True,
            sentence: str = "", at: int | None = None, text: str = "", context: str = "") -> str:
    """A title for an event of ``type_`` read from the folded cue sentence ``low`` (from the cue on).

    ``lead`` is the head to use instead of the lexicon's (a Russian cue title such as «Рабочий визит»);
    ``russian_people`` says whether the participants are written in Russian (a Belarusian or English
    text's names are not, and are left out); ``sentence`` is the whole sentence, where a delegation's origin
    may stand further from the cue; ``at`` is the cue's offset in ``low``, and ``text`` is ``low`` as written
    (where a name in quotes keeps its capitals); ``context`` is the folded text of every sentence that names the
    event, where a festival's known name may stand though the cue sentence leaves it out."""
    what = lead or head(type_, low, at)
    if type_ == "other" and what == "Мероприятие" and (sitting := head("meeting", low, at)).startswith(_SITTINGS):
        what = sitting  # "the final meeting of the regional executive committee", a setting (GUIDE §4.7): what it was
    if what.endswith("Беларуси и России") and at is not None and (third := other_country(low[at: at + 60])):
        what = what[: -len("России")] + nominative_phrase(third.split(), "gent")  # «Форум регионов Беларуси и Узбекистана»
    if type_ == "festival" and what == "Фестиваль" and _TOWN_DAY.search(low):
        what = "День города"  # «Дзень горада», "City Day"
    elif type_ == "festival" and what == "Дни культуры" and (days := _days_of(low)) and days[2]:
        what = "Дни культуры " + nominative_phrase(days[0].split(), "gent")  # "Days of Culture of the Vitebsk Region"
    elif type_ == "festival" and what == "Фестиваль" and (days := _days_of(low)):
        place, one, culture = days  # (one day named: «дзень Віцебскай вобласці» → «День Витебской области»)
        what = ("День " if one else "Дни ") + ("культуры " if culture else "") + nominative_phrase(place.split(), "gent")
    if type_ == "fair" and what in ("Ярмарка", "Выставка-ярмарка") and not russian_people \
            and (goods := _GOODS_OF.search(low)):  # "a fair of Belarusian goods", «кірмаш беларускіх тавараў»
        what = f"{what} {'белорусских' if goods.group(1)[:1] in 'bб' else 'российских'} " \
               f"{'производителей' if goods.group(2).startswith(('вытвор', 'produc', 'manuf')) else 'товаров'}"
    known = next((name for rx, name in _FESTIVAL_NAMES if rx.search(low) or context and rx.search(context)), None) \
        if type_ in ("festival", "fair") and "«" not in what and not russian_people else None  # (a Russian text names it)
    if known:  # "The Slavic Unity festival" → «Фестиваль «Славянское единство»»: the name the festival has in Russian
        what = f"{what} «{known}»"
    elif type_ in ("festival", "fair", "meeting", "commemoration") and at is not None and "«" not in what \
            and len(text) == len(low) and (quoted := _NAMED_AFTER_CUE.match(text, at)):
        what = f"{what} {quoted.group(1)}"  # «свята-фестывалю «Купалле»» → «Фестиваль «Купалле»»: a name as written
    if type_ in ("meeting", "other") and what in ("Встреча", "Заседание", "Сессия", "Совещание", "Заседание совета",
                                                  "Заключительное заседание") \
            and (body := next(((m, name) for rx, name in _BODIES if (m := rx.search(low))), None)) \
            and _SESSION_OF.search(low, max(0, body[0].start() - 40), body[0].start()):
        # «пасяджэнне Саюзнага Саўміна», "a meeting of the Union State Council of Ministers": «Заседание Совета
        # министров Союзного государства», not «Заседание в Бресте» or «Встреча …» alone
        what = (what if what in ("Сессия", "Заключительное заседание") else "Заседание") + " " + body[1]
    parts = [what]
    if type_ == "commemoration" and (day := next((t for rx, t in _NAMED_DAYS if rx.search(low)), None)) \
            and not re.search(r"(?i)\bд(?:ень|ня|ню|нем|не)\b|посвящ|приуроч|летие|годовщин", what):  # (not where the lead names it)
        parts.append(f"ко {nominative_phrase(day.split(), 'datv')}")  # «Единые уроки ко Дню единения народов …»
    elif type_ == "commemoration" and len(parts) == 1 and not re.search(r"(?i)летие|годовщин|посвящ|ко? дню", what) \
            and (jubilee := _jubilee_of(low)):
        parts.append(jubilee)  # «мітынг, прысвечаны 80-годдзю вызвалення Віцебска» → «Митинг к 80-летию освобождения Витебска»
    home = party_of_place(location) if location else None  # the venue's side; the guests came from the others
    if type_ == "visit" and home and location:
        # «глава Смоленска», «председатель Смоленского городского Совета» greet the guests in Смоленск: a host
        # is nobody's visitor
        participants = tuple(p for p in participants if not hosts_there(p.partition(", ")[2], location))
    person = next((g for p in participants if russian_people and (g := person_genitive(p))), None) \
        or next((g for p in participants if not russian_people and foreign_role(p.partition(", ")[2])
                 and (g := foreign_person(p))), None) \
        or next((g for p in participants if not russian_people and (g := foreign_person(p))), None)
    others = [short(p) for p in parties]
    guests = [short(p) for p in parties if p != home and not (home in (BELARUS, RUSSIA)
                                                                and is_belarusian(p) == is_belarusian(home))]
    # (a visit to Belarus by way of Minsk: Minsk is on the host's side, not the guests')
    if type_ in ("visit", "meeting") and _PLAIN.match(what):  # «Экономический форум» names no host
        origin = delegation_origin(sentence or low) if _DELEGATION.search(low) else None
        if origin is None and home and _DELEGATION.search(low) and guests:
            origin = guests[0]
        pair = _two_actors(participants, russian_people, parties) if type_ == "meeting" else None
        if pair:  # «Переговоры президента Беларуси с губернатором Тульской области»
            parts.append(pair)
        elif type_ == "visit" and origin and origin != home:
            of = nominative_phrase(short(origin).split(), "gent")
            parts.append(of if what.endswith("делегации") else "делегации " + of)
        elif person:  # (the office the head already ends with is not said twice: «Поездка губернатора» + «губернатора
            # Сергея Ястребова» → «Поездка губернатора Сергея Ястребова»)
            said = what.split()[-1].lower()
            parts.append(person.split(maxsplit=1)[1] if person.split()[0].lower() == said and " " in person else person)
            if type_ == "meeting" and (met := _WITH_DELEGATION.search(sentence or low)) \
                    and (whose := delegation_origin("делегация " + met.group().split(None, 2)[-1])) and whose != home:
                # «… сустрэўся з дэлегацыяй Торжка» → «Встреча Ивана Петрова с делегацией Тверской области»
                parts.append("с делегацией " + nominative_phrase(short(whose).split(), "gent"))
        elif type_ == "visit" and _DELEGATION.search(low) and not what.endswith("делегации"):
            parts.append("делегации")
        elif type_ == "meeting" and len(others) >= 2 and what in ("Встреча", "Переговоры"):
            parts.append("представителей " + " и ".join(nominative_phrase(p.split(), "gent") for p in others[:2]))
    elif type_ == "agreement":
        topic = next((t for rx, t in _TOPICS if rx.search(low)), None) \
            if what in ("Подписание соглашения", "Подписание договора") else None
        if what in ("Подписание меморандума", "Подписание протокола") \
                and (paper := _MEMO_OR_PROTOCOL.search(low)):  # a memorandum's or a protocol's own subject, right after
            # it ("a memorandum of cooperation"), not another paper's of the sentence
            topic = next((t for rx, t in _TOPICS if rx.search(low, paper.end(), paper.end() + 50)), None)
        if topic:
            parts.append(topic)  # «Подписание соглашения о сотрудничестве в сфере образования»
        if len(others) >= 2 and "между" not in what:
            sides = across(parties) or others[:2]  # a Belarusian side and a Russian one, not two of one side
            parts.append(between(sides))
    if type_ == "meeting" and len(parts) == 1 and " между " not in what and (towns := _towns_linked(text or low)):
        parts.append("между " + " и ".join(nominative_phrase([t], "ablt") for t in towns))  # "a teleconference
        # between the twin cities of Minsk and Novosibirsk" → «Телеконференция между Минском и Новосибирском»
    if len(parts) == 1 and len(others) >= 2 and not location and not re.search(r"Беларус|Росси|регион|Союз|«", what):
        if type_ in ("meeting", "agreement", "other"):
            parts.append(" — ".join(others[:2]))  # «Заседание совместной рабочей группы Беларусь — Курская область»
        elif people := [_name_in(name, "gent") for p in participants[:2]
                        if _CYRILLIC_NAME.match(name := p.partition(", ")[0])]:
            parts.append("с участием " + " и ".join(people))  # «Возложение цветов с участием Александра Лукашенко и
            # Владимира Путина», not «Возложение цветов Беларусь — Россия»: the sides' names read as a body's only
        else:
            parts.append("с участием представителей " + " и ".join(nominative_phrase(p.split(), "gent")
                                                                   for p in others[:2]))
    elif len(parts) == 1 and len(others) == 1 and not location and type_ in ("meeting", "visit", "agreement"):
        parts.append("с участием " + nominative_phrase(others[0].split(), "gent"))  # one side named, no place
    if location and not (type_ == "agreement" and len(parts) > 1) \
            and not (type_ != "visit" and len(parts) == 1 and names_town(what, location)):
        parts.append(into(location) if type_ == "visit" else at_place(location))
    return " ".join(parts)


# two towns a meeting links: «между Минском и Новосибирском», «паміж Мінскам і Новасібірскам», "between the twin cities
# of Minsk and Novosibirsk", "twin cities of Minsk and Novosibirsk"
_TOWNS_LINKED = re.compile(r"(?i:\b(?:между|паміж|between)\s+(?:the\s+)?(?:(?:twin\s+)?(?:cities|towns)\s+of\s+"
                           r"|(?:городами|гарадамі)(?:-побратимами|-пабрацімамі)?\s+)?"
                           r"|\b(?:twin (?:cities|towns) of|городов-побратимов|гарадоў-пабрацімаў)\s+)"
                           r"([A-ZА-ЯЁІЎ][\w'-]+)\s+(?i:и|і|and)\s+([A-ZА-ЯЁІЎ][\w'-]+)")


def _towns_linked(text: str) -> tuple[str, str] | None:
    """The two towns (Russian names) a meeting of ``text`` is between, or None (two countries are its sides)."""
    m = _TOWNS_LINKED.search(text)
    if m is None:
        return None
    a, b = place_name(m.group(1)), place_name(m.group(2))
    return (a, b) if a and b and a != b and " " not in a + b and a not in COUNTRIES and b not in COUNTRIES else None


def names_town(what: str, town: str) -> bool:
    """«1160-летие Полоцка», «450-летие Уфы» name the town already: «… в Полоцке» would say it twice (a town of one
    word only; a short name by its form less the ending, «Уфы» for «Уфа»)."""
    if " " in town or len(town) < 3:
        return False
    low = fold(town)
    if len(low) < 5:
        return any(fold(w)[:-1] == low[:-1] and len(w) <= len(low) + 1 for w in what.split()[1:])
    stem = low[: max(4, len(town) - 2)]
    return any(fold(w).startswith(stem) for w in what.split()[1:])
