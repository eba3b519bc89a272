"""Reading one sentence for events: cue words, signings, plans, named days, anniversaries, and a date.

A candidate's date comes from the nearest mention of its sentence that is not a plan's period, a
statistic («за 2024 год») or a year inside a name («Славянское единство-2015»); else from the
sentence it continues; else the publication date for a report of today, nothing for an announcement,
and the publication date (``how="default"``, revisited by the document pass) for a past report.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import takewhile
from typing import Any, NamedTuple

from . import event_lexicon as lx
from .event_text import (
    HeadIndex,
    Sentence,
    WordRegex,
    adjective_before_noun,
    clean,
    fold,
    inflect,
    nominative_phrase,
    parses,
    top_pos,
)
from .founding import TOWN_STEMS
from .gazetteer import region_of
from .lexicon import AGE_REACHED, AGE_YEARS, NUMBER_PHRASE, number_value
from .parties import delegation_origin, named_parties, party_of_place
from .people import people_in
from .places import (
    COUNTRIES,
    country_of,
    holds,
    host_named_first,
    liberation_pattern,
    names_people_of_a_place,
    place_name,
    places_in,
)
from .tense import clause_tense
from .titles import between, head
from .types import Mention

_CUES = [(t, WordRegex(p)) for t, p in lx.CUES]
_DAYS_OF_PLACE = next(rx for _, rx in _CUES if rx.pattern == lx.DAYS_OF_PLACE)
_CEREMONY_CUE = next(rx for _, rx in _CUES if rx.pattern == lx.CEREMONY)  # (gated by its heads, unlike _CEREMONY)
_SIGN = WordRegex(lx.SIGN_VERBS)
_DOC = WordRegex(lx.DOCUMENTS)
_PLAN = WordRegex(lx.PLAN)
_FUTURE = WordRegex(lx.FUTURE)
_LIVE = WordRegex(lx.LIVE)
_CONT = re.compile(lx.CONTINUATION)
_ANAPH = re.compile(lx.ANAPHORA)
_AFTER_EVENT = re.compile(lx.AFTER_EVENT)
# a day of the days just told, named anywhere in a sentence: «на третий день», «на трэці дзень», "on the third day"
_NTH_DAY = re.compile(r"(?:первый|второй|третий|четв[её]ртый|пятый|заключительный|последний|першы|другі|трэці|чацвёрты"
                      r"|пяты|заключны|апошні)\s+(?:день|дзень)|\b(?:first|second|third|fourth|fifth|last|final)\s+day\b")
_EVE_OF_EVENT = re.compile(lx.EVE_OF_EVENT)
_EVE_KIND = (("форум", "forum"), ("forum", "forum"), ("ярмарк", "fair"), ("кірмаш", "fair"), ("fair", "fair"),
             ("визит", "visit"), ("візіт", "visit"), ("visit", "visit"), ("заседани", "session"), ("пасяджэнн", "session"),
             ("sitting", "session"), ("session", "session"), ("", "festival"))
_IN_IT = re.compile(lx.IN_IT)
_CANCEL = WordRegex(lx.CANCELLED)
_TOPIC = re.compile(lx.TOPIC)
_INVITE = WordRegex(lx.INVITATION)
_LEGISLATURE = WordRegex(lx.LEGISLATURE)
_HABITUAL = WordRegex(lx.HABITUAL)
_SOLEMN = WordRegex(lx.SOLEMN)
_VISITED_COMPANY = WordRegex(lx.VISITED_COMPANY)
_ROLE = re.compile(lx.ROLES)
TRAVELS_RX = _TRAVELS = re.compile(lx.TRAVELS)  # (events.py reads it too: compiled once)
_TRAVELLER = re.compile(rf"(?<![\w-])(?!главн)(?:{lx.ROLES}|делегац|дэлегацы|delegation|побратим|пабрацім|twin)")
# (not «в главном соборе»; twin towns' people travel as their town's guests: «пабрацімы наведалі наш рэгіён»)
_PART_OF = re.compile(lx.PART_OF)
_PLENARY = re.compile(lx.PLENARY)
_DECISION = re.compile(lx.DECISION)
_UNION_BODY = re.compile(lx.UNION_BODY)
_INTERNAL = re.compile(lx.INTERNAL)
_NAMED = [(WordRegex(p), t, m, d, fy, kind) for p, t, m, d, fy, kind in lx.NAMED_DAYS]
_TWINNED = WordRegex(lx.TWINNED)
# a base names its event: «освобождения столицы – города Минска» lets words stand between; a founding (a bare
# city name) is the word right after the number («955-летие Минска»)
_BASES = [(re.compile(liberation_pattern(p, place)
                      if t.startswith("Основание") is False else r"\s*(?:(?:со|с) (?:дня|момента)\s+)?(?:основания\s+)?(?:города\s+)?(?:" + p + ")"
                      r"(?![\w-]*\s+(?:област|вобласц|район|округ|oblast|region|district))"),  # («85-летию Гомельской
           # области» counts from the region's formation, not the town's founding)
           t, b, place) for p, t, b, place in lx.ANNIVERSARY_BASES]
_FOUNDING = frozenset(t for _, t, _, _ in lx.ANNIVERSARY_BASES if t.startswith("Основание"))
# «Минск – 955-летие, Гомель – 800-летие»: the base named before the number
_FOUNDED = re.compile(r"основани|заснаван|founding|foundation|first mention|упоминани|згадк|of the (?:city|town)\b")
_NAMED_BEFORE = re.compile(r"([а-яё-]+)\s*[–—-]\s*$")
ANNIVERSARY = _ANNIV = re.compile(
    r"\b(\d{1,3}[ \u00a0]\d{3}(?=\s?-)|\d{1,4})\s?-?\s?(?:летием|летие|летия|летию|годдз\w*|(?:я|й|ю|ой|ая)?\s+годовщин\w*|(?:я|ю|ая|ую|ай)?\s+гадавін\w*"
    r"|(?:th|st|nd|rd) anniversary)|\b(\d{1,4}) (?:лет|года|гадоў) (?:с|со|з) (?:дня|момента|получения|основания"
    r"|образования|создания|подписания)"
    # «отмечается 80 лет освобождения», «адзначаецца 80 гадоў вызвалення»: the years of an event named after them
    r"|\b(\d{1,4}) (?:лет|гадоў) (?=(?:освобождени|вызвалення|победы|перамогі|основани|заснавання|образовани|утварэння)"
    r"\w*)"
    # a town's birthday: «Жодзіна адзначае 55-ты дзень нараджэння», «город отметил 85-й день рождения», "its 85th birthday"
    r"|\b(\d{1,4})\s?-?\s?(?:й|ый|ий|ы|і|ты|ці|th|st|nd|rd)?\s+(?:день рождения|дня рождения|дзень нараджэння"
    r"|дня нараджэння|birthday)"
)
# "the 10th Anniversary Forum", "25th anniversary festival": the gathering's own adjective, no anniversary observed
_JUBILEE_EVENT = re.compile(r"\s+(?:" + lx.JUBILEE_OF + r")\b")
# the patterns that can start an event: a sentence none of whose words begins like one of them is skipped
_FORUM_CUE = lx.GATHERINGS
# congratulations on an anniversary («поздравил коллектив с 15-летием», «віншуем з 10-годдзем», "congratulated … on the
# 10th anniversary")
_GREETING = re.compile(r"(?:поздрав|віншава|віншуем|віншую|congratulat|greeting)\w*(?:\s+\S+){0,5}\s+(?:с|со|з|on|upon"
                       r"|on the occasion of|по случаю|з нагоды)\s+(?:\S+\s+)?$")
# a greeting sent on an anniversary names it, nobody marks it there («направил поздравление … по случаю 75-летия»,
# "sent greetings to … on the occasion of the 75th anniversary"): the greeting word anywhere before, the occasion right
# before the number
_GREETING_WORDS = ("поздрав", "віншава", "віншуем", "віншую", "congratulat", "greeting")
_ON_OCCASION = re.compile(r"(?:\b(?:с|со|з|on|upon|on the occasion of|по случаю|з нагоды)\s+(?:the\s+)?)$")
_GATE = [rx for _, rx in _CUES if rx.heads is not None] + [_SIGN, _DOC, _PLAN, _TWINNED] + [rx for rx, *_ in _NAMED]
_NAMED_HEADS = frozenset().union(*(rx.heads or () for rx, *_ in _NAMED))
_CUE_RANK = {id(rx): i for i, (_, rx) in enumerate(_CUES)}  # a cue pattern's place in the lexicon's order
_GATE_HEADS = frozenset().union(*(rx.heads for rx in _GATE if rx.heads is not None and rx not in (_DOC, _PLAN)))
# a document or plan noun alone makes an event only with a date beside it («Соглашение от …», «на 2023-2025 годы»)
_DATED_HEADS = frozenset().union(_DOC.heads or (), _PLAN.heads or ())
_USUALLY = WordRegex(r"\b(?:традиционн|ежегодн|штогадов|традыцыйн|traditional|annual)\w*")
# «Губернатор обсудил с Александром Лукашенко …»: talks with a person named, no cue noun
_TALKED_WITH = WordRegex(r"\b(?:обсудил|обсудит|поговорил|побеседовал|абмеркава|discussed|talked)\w*"
                         r"(?:\s+[^\s,.;:]+){0,3}?\s+(с|со|з|са|with)\s")
# an office right after «с», "with": «обсудил сотрудничество с председателем облисполкома», "with the governor"
_OFFICE_AFTER = re.compile(r"(?:the\s+)?(?:губернатор|председател|министр|посл|глав|руководств|президент|премьер|мэр"
                           r"|делегаци|кіраўні|старшын|губернатар|прэзідэнт|дэлегацы|governor|chairm|president"
                           r"|prime minister|minister|mayor|head|ambassador|delegation|leadership)\w*")
_INDEX = HeadIndex([rx for _, rx in _CUES] + [rx for rx, *_ in _NAMED] + [
    _SIGN, _DOC, _PLAN, _FUTURE, _LIVE, _CANCEL, _INVITE, _LEGISLATURE, _HABITUAL, _SOLEMN, _VISITED_COMPANY,
    _TWINNED, _USUALLY, _TALKED_WITH])
assert _GATE_HEADS | _DATED_HEADS | _NAMED_HEADS <= _INDEX.heads  # what `_INDEX.starts` reports


@lru_cache(maxsize=4096)  # the document pass asks of one sentence up to three times
def announces(low: str) -> bool:
    """Does the (folded) sentence look ahead («пройдут», «состоится», "will")?"""
    return _FUTURE.possible(_starts(low)) and bool(_FUTURE.search(low)) or " to " in low and bool(_TO_DO.match(low))


# a headline's infinitive, its subject first: "Belarus to sign agreements with three regions", "Gomel to host forum"
# (not "The governor arrived to sign …": a past verb before it reports the trip)
_TO_DO = re.compile(r"(?:(?!\w+ed\b|was\b|were\b|came\b|went\b|flew\b)\S+\s+){1,5}?to (?:sign|visit|hold|host|meet"
                    r"|attend|take part|open|discuss)\b")


class _Possible(NamedTuple):
    ok: frozenset[int]  # the patterns (by id) the sentence may match
    cues: tuple[tuple[str, WordRegex], ...]  # its cues among them, in the lexicon's order
    named: tuple[tuple[WordRegex, str, int, int, int | None, str], ...]  # the named days among them, in order
    meetings: int  # how many of the cues are a meeting's


@lru_cache(maxsize=4096)  # many sentences start the same few cue words
def _possible(starts: frozenset[str]) -> _Possible:
    """What a sentence whose cue-word starts are ``starts`` may match (worked out once a set of starts, not once a
    sentence: the named days and cues it cannot match are not even looked at)."""
    ok = _INDEX.possible(starts)
    cues = tuple(_CUES[i] for i in sorted(_CUE_RANK[r] for r in ok if r in _CUE_RANK))
    named = tuple(n for n in _NAMED if id(n[0]) in ok) if not _NAMED_HEADS.isdisjoint(starts) else ()
    return _Possible(frozenset(ok), cues, named, sum(1 for t, _ in cues if t == "meeting"))


@lru_cache(maxsize=4096)  # read by sentence_events, then by the document pass asking `announces`
def _starts(low: str) -> frozenset[str]:
    return _INDEX.starts(low)


def may_hold_event(low: str, starts: frozenset[str], dated: bool = True) -> bool:
    """False only when no cue of the lexicon can match the (folded) sentence ``low``; ``dated`` says
    whether the sentence holds a mention (without one a document noun alone is no event)."""
    return (not _GATE_HEADS.isdisjoint(starts) or dated and not _DATED_HEADS.isdisjoint(starts)
            or (_anniversary_words(low) and bool(_ANNIV.search(low))))


def _anniversary_words(low: str) -> bool:
    """A cheap substring test before the anniversary pattern: a word every match of ``_ANNIV`` holds («год»
    alone, in nearly every dated sentence, let the slow pattern scan most of them)."""
    return any(w in low for w in _ANNIV_WORDS)


_ANNIV_WORDS = ("лети", "годдз", "годовщин", "гадавін", " anniversary", "лет с", "года с", "гадоў з", "лет о", "лет п",
                "гадоў в", "гадоў п", "гадоў у", "рождени", "нараджэнн", "birthday")  # («80 лет освобождения», «80 гадоў вызвалення»)


_DAY_BEFORE = re.compile(r"\d\s*$")
_MONTH_WORD = re.compile(r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
                         r"|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка"
                         r"|лістапада|снежня)")
_ADJ_BEFORE = re.compile(r"([«\"]?[\w-]+(?:ой|ей|ая|ую|ий|ый|ого|ему|ом|ые|ых|ым|им|ое|ае|ай|ага)[»\"]?)\s+$")
_IT_SIGNED = re.compile(r"^(?:его|её|ее|их|it)\b(?=\s+\S*подпис|\s+\S*заключ|\s+\S*sign)")  # «Его подписали/заключили …»
# «подписание 18 документов», "76 new regional agreements": a tally, not one signing
_COUNTED_DOCS = re.compile(r"(?<![\d\-–—./])\b\d+\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                           r"(?:(?:[а-яёіў-]+(?:ых|их|іх)|[a-z]+)\s+){0,2}"
                           r"(?:документ|соглашени|договор|контракт|пагадненн|дагавор|дакумент|кантракт|agreements|documents"
                           r"|treaties|contracts)")
# a count right after a verb of visiting: «Мінскую вобласць наведалі 37 дэлегацый», "received 15 delegations": a tally
# places counted after a plural «delegations»: «делегации 20 городов», «дэлегацыі з 12 краін», "delegations from 12
# countries", «делегации более чем десяти регионов»
_PLURAL_DELEGATIONS_AT = re.compile(r"\b(?:делегации|дэлегацыі|delegations)\b")  # (after an arrival verb: «прыедуць дэлегацыі …»)
_OF_MANY_PLACES = re.compile(r"\s+(?:из\s+|з\s+|from\s+|of\s+)?(?:более\s+(?:чем\s+)?|больш\s+(?:чым\s+)?|over\s+|more than\s+)?"
                             r"(?:\d+|[а-яёіўa-z]+)\s+(?:[а-яёіў]+(?:их|ых|іх)\s+|[a-z]+an\s+)?"  # («25 белорусских городов»)
                             r"(?:городов|стран|регионов|районов|областей|гарадоў|краін|рэгіёнаў"
                             r"|раёнаў|абласцей|towns|cities|countries|regions|districts)\b")
def _guests_in_general(text: str, low: str) -> bool:
    """«Делегации прибыли в Брянск», «прибыли делегации Брянской области, Беларуси, ДНР и ЛНР», "Delegations arrived":
    delegations in the plural as the subject, of no side or of many, and no delegation singled out."""
    if "делегаци" not in low and "дэлегацы" not in low and "delegation" not in low:
        return False
    m = _PLURAL_DELEGATIONS.search(low)
    if m is None or _ONE_DELEGATION.search(low) or not (
            m.group() == "delegations" or _PLURAL_ARRIVED.search(low, max(0, m.start() - 40), m.end() + 40)):
        return False
    whose = _WHERE_TO.split(text[m.end(): m.end() + 160], 1)[0]
    sides = len(named_parties(whose))
    listed = whose.count(",") + len(_AND_WORDS.findall(whose)) >= 2  # (three and more listed)
    return listed or sides > 2 or sides == 0 and delegation_origin(text) is None


_WHERE_TO = re.compile(r"\s(?:в|во|на|для|у|ў|да|to|in|at|for|arrived|прибыл\w*|прыбыл\w*|приехал\w*)\s")  # (whose, not where)
_AND_WORDS = re.compile(r"\s(?:и|і|and)\s")
_PLURAL_DELEGATIONS = re.compile(r"\b(?:делегации|дэлегацыі|delegations)\b")
_ONE_DELEGATION = re.compile(r"\b(?:делегация|дэлегацыя|delegation)\b")
# a plural verb of arriving or visiting beside «делегации» (a plural, not «визит делегации»)
_PLURAL_ARRIVED = re.compile(r"\b(?:прибыли|приехали|посетили|побывали|собрались|прыбылі|прыехалі|наведалі|пабывалі|сабраліся)\b")
# a clause of its own after talks told: «…, а в мэрии …», «…, а затем …», ", and at the City Hall …", "; then …"
_WITH_WHOM = re.compile(r"(?:^|[\s,])(?:с|со|з|with)\s+(?!\d)\w")  # (a counterpart after talks, in any language)
# a sitting of a named body: «заседание Совета делового сотрудничества», «пасяджэнне Савета», "a meeting of the Council"
_HELD_WITH = re.compile(r"\s+(?:were|was|have been|has been)\s+held\s+with\s")  # ("talks were held with …")
_SITTING_OF_BODY = re.compile(r"(?:заседани\w*|пасяджэнн\w*|(?:a |the )?(?:session|meeting|sitting) of)\s+(?:the\s+)?"
                              r"(?:\S+\s+){0,3}?(?:совет|комисси|рабоч\w* групп|савет|камісі|рабоч\w* груп|council"
                              r"|commission|working group)")
_OTHER_CLAUSE = re.compile(r"(?:,\s*(?:а|а затем|а потом|а также|затем|потом|and|and then|then|while)\s|;\s)")
_COUNT_AFTER = re.compile(r"\s*(?:by\s+)?(?:более\s+|больш\s+|over\s+|more than\s+)?\d+\s+(?:[а-яёіўa-z-]+\s+){0,2}?"
                          r"(?:делегац|дэлегацы|delegations|визит|візіт|visits"
                          # officials counted: «посетили 23 российских губернатора», "was visited by 23 Russian governors"
                          r"|губернатор|губернатар|governors|мэр|mayors|министр|міністр|ministers|глав|кіраўнік|heads)")
_COUNT_BEFORE = re.compile(r"\d+\s+(?:[а-яёіўa-z-]+\s+){0,2}?(?:делегац\w*|дэлегацы\w*|delegations|губернатор\w*"
                           r"|губернатар\w*|governors|mayors|министр\w*|міністр\w*|ministers|heads)\s+(?:have\s+)?$")
# «26 лет со дня подписания», "26 years since the signing": the signing is that long before the date named
# (the count in words too, and the year it falls in between: "it will be ten years in 2025 since the signing")
_YEARS_SINCE = re.compile(r"\b(\d{1,3}|" + NUMBER_PHRASE + r")\s+(?:лет|года|гадоў|год"
                          r"|years)\s+(?:(?:in|в|у|ў)\s+(?:19|20)\d\d(?:\s+(?:году|годзе|г\.))?,?\s+)?(?:с|со|з|since)\s+"
                          r"(?:дня\s+|момента\s+|часу\s+|the\s+)?(?:(?:проведения|правядзення|holding)\s+(?:of\s+)?(?:the\s+)?)?"
                          # («25 лет с момента проведения первых Дней», "25 years since the first Days")
                          r"(?:(?:перв|перш)\w+\s+|first\s+)?$")
_HELD_ALWAYS = re.compile(r"\b(?:проходят|проводятся|праходзяць|праводзяцца|are held|take place|have been held)\b")
_SINCE_YEAR = re.compile(r"\b(?:с|со|з|since|from)\s+(?:19|20)\d\d\b")
_PROGRAMME_WORD = re.compile(r"\bпрограмм|\bпраграм|\bprogramme|\bprogram\b")
_WAS_HELD = re.compile(r"\b(?:состоял(?:ся|ась|ось|ись)|прош(?:ел|ла|ло|ли)|прайш(?:оў|ла|ло|лі)|адбы(?:ўся|лася|лося|ліся)"
                       r"|was held|were held|took place"
                       # … or will be: «пройдут», «будуць арганізаваны», "will be held"
                       r"|пройд(?:ет|ут)|состо(?:ится|ятся)|пройдз(?:е|уць)|пройдуць|адбуд(?:зецца|уцца)|будут организован\w*"
                       r"|будуць арганізаван\w*|will be (?:held|organi[sz]ed)|will take place)\b")
# a document's participle just before a date: «соглашения, заключенного 25 лет назад», "the agreement signed in 1996"
_SIGNED_BEFORE = re.compile(r"(?:заключенн|подписанн|заключан|падпісан|signed|concluded)\w*(?:\s+\S+){0,3}\s+$")
_DOC_DATE = re.compile(r"(?:\bот|\bад|\bdated)\s*$")
_OCCASION = re.compile(r"\b(?:на полях|в рамках|в ходе|во время|на мерапрыемстве|у рамках|падчас|on the sidelines"
                       r"|(?:within|in) the framework of|as part of"
                       r"|(?:на|at the|during the)(?:\s+\S+){0,3}?\s+(?:форум|заседани|forum|session|meeting|visit))")
_MUTUAL = re.compile(r"(?:взаимн|обоюдн|ответн\w+ и встречн|обмен\w*|абмен\w*|узаемн|mutual|exchange(?: of)?|reciprocal)"
                     r"\w*\s+$")
# delegations that exchange visits: «делегации обмениваются визитами», «дэлегацыі абменьваюцца візітамі», "delegations
# have exchanged visits" — a habit, no visit made
_EXCHANGE_AFTER = re.compile(r"\w*\s+(?:\S+\s+)?(?:обменива\w+|обменял\w+|абменьва\w+|абмянял\w+|(?:have\s+|regularly\s+)?"
                             r"exchang\w+)\s+(?:\S+\s+)?(?:визит|візіт|visit)")
# delegations or guests from three places at least, in a list: the participants of an event, none singled out
_MANY_FROM = re.compile(r"(?i:делегаци|дэлегацы|гост|delegation|guest)\w*\s+(?i:из|from|з|са)\s+"
                        r"[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*[A-ZА-ЯЁІЎ][\w-]*(?:\s+[A-ZА-ЯЁІЎ][\w-]*)?){2,}")
# (the first of them may be «расійскіх рэгіёнаў»: «дэлегацый з расійскіх рэгіёнаў, Кітая, Славакіі, Сербіі»)
# a signing named as a topic or an intention: «инициатива о подписании», «вопрос подписания», "the idea of signing"
# a verbal noun that governs the genitive: «подписание соглашения» is one paper (the genitive singular), not «соглашения»
# in the plural
_SIGNING_OF = re.compile(r"(?:подписани|заключени|падпісанн|заключэнн)\w*\s+(?:\S+\s+)?$")
_SIGNING_AS_TOPIC = re.compile(r"(?<!\w)(?:инициатив|предложени|вопрос|иде|намерени|ініцыятыв|прапанов|пытанн|намер|initiative"
                               r"|proposal|issue|idea|intention|prospects?)\w*\s+(?:(?:о|об|аб|of|on)\s+)?(?:\S+\s+)?$")
_CLOCK_DIGITS = re.compile(r"\d[:.][0-5]\d")  # what every _CLOCK holds, found fast (a digit starts it)
_CLOCK = re.compile(r"(?:\bв|\bс|\bat|\bа|\bо)\s+([01]?\d|2[0-3])[:.]([0-5]\d)\b(?![.:]\d)")
_AGENDA = re.compile(lx.AGENDA)
_COUNTED = re.compile(r"(?<![\d.:,/–—-])\b\d+\s+(?:[а-яё-]+(?:ых|их)\s+){0,2}$")
# ... or a count in words: «ряд важных переговоров», «несколько встреч», "a number of talks" (read where such a word is)
_SOME = re.compile(r"(?:\bряд|\bнескольк\w+|\bшэраг\w*|\bнекальк\w+|\ba number of|\bseveral|\ba series of)\s+"
                   r"(?:[а-яёіў-]+(?:ых|их)\s+|[a-z]+\s+){0,2}$")
_SOME_WORDS = re.compile("ряд|нескольк|шэраг|некальк|number of|several|series of")
_DATELINE_AT = re.compile(r"\s*[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ-]{2,}(?:\s+[A-ZА-ЯЁІЎ-]{2,})?,\s*$")
_RELATIVE = re.compile(r"\s*(?:котор(?:ый|ая|ое|ые|ого|ой)|that|which|які|якая|якое|якія)\b")
# a relative clause of the cue's own that dates it: «к Форуму, который пройдет 27-28 июня», «…, который пройдёт в
# августе», "which will be held in August"
_OWN_CLAUSE = re.compile(r"\b(?:котор(?:ый|ая|ое|ые|ого|ой)|that|which|які|якая|якое|якія|якую|якой|якім)\b[^,;]{0,80}?(?:\d|(?<!\w)(?:январ|феврал"
                         r"|март|апрел|ма[йяеі]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік"
                         r"|траўн|чэрвен|ліпен|жні[вў]|верас|кастрычнік|лістапад|снеж|january|february|march|april|may\b|june"
                         r"|july|august|september|october|november|december))")
_LASTS = re.compile(r"продл|продолж|работ|прац[яе]г|працу|\blast|\brun|\bcontinu|\bopen")
_UNTIL = re.compile(r"(?:\bдо|\buntil|\btill|\bby|\bпа|\bда)\s+$")
_UNTIL_IN = re.compile(r"(?:до|да|until|till|through|by)\s")  # a mention that holds its «до»: "until 2023", "by 2020"
# (with an ordinal or an adjective between: «обсудили на третьем заседании», "at the third meeting")
_SETTING = re.compile(r"(?:в ходе|во время|в рамках|по итогам|на полях|на|during|падчас|у ходзе|[уў] рамках|at(?: the)?"
                      r"|(?:within|in) the framework of(?: the)?|as part of(?: the)?|on the sidelines of(?: the)?)\s+"
                      r"(?:[\w-]+(?:ом|ем|ой|ей|ым|им|ім|th|rd|nd|st)\s+|joint\s+|regular\s+){0,2}$")
_PARTIES = re.compile(r"\bмежду\b|\bbetween\b|\bпаміж\b")
_STAT = re.compile(r"(?:\bза|по итогам|по сравнению с|\bс|\bсо|\bз|\bдо|\bот|\bад|\bsince|\bfrom|\bthan"
                   # the results of a year summed up: «подвели итоги 2023 года», «падвялі вынікі», "the results of 2023"
                   r"|\bитоги|\bвынікі|\bвынікаў|\bитогов|\bresults of|\boutcomes of)\s*$")
CLAUSE_MARK = re.compile(r"[,;:—–]")
# a signing verb in the infinitive: what is to be signed («подписать», «заключить», «падпісаць»)
_TO_SIGN = re.compile(r"подписать|заключить|подписывать|заключать|падпісаць|падпісваць")
# a new clause of the same sentence: «…, обновил документы и подписал протокол …», "…, and signed …"
_NEXT_CLAUSE = re.compile(r",|\s(?:и|і|а также|а таксама|and|as well as)\s")
# a partner named after a document: «… с Волгоградским государственным университетом», "with Kazan University"
_WITH_PARTNER = re.compile(r"\s(?:с|со|з|with)\s+(?:the\s+)?[«\"“]?[A-ZА-ЯЁІЎ]")


def _more_signings(s: Sentence, docs: list[re.Match], after: int, a: str | None, b: str | None,
                   how: str, first: Cand | None = None) -> list[Cand]:
    """«заключил соглашение … с РЭУ, … подписал протокол … с СПбГУ, а также переподписал договор … с ВолГУ»: each
    signing verb of a later clause with its own document and partner is a signing of its own (GUIDE §3: different
    signings are different events), dated like the first."""
    out: list[Cand] = []
    low, first_clause = s.low, (after, after)
    for again in _SIGN.finditer(low):
        if again.start() <= after or not _NEXT_CLAUSE.search(low, after, again.start()):
            continue
        if not out:
            first_clause = (first_clause[0], again.start())
        doc = next((d for d in docs if again.end() <= d.start() <= again.end() + 40), None)
        if doc is not None and (pair := _SIGNERS_OF_CLAUSE.search(s.text, after, again.start())) is not None \
                and pair.end() == again.start():
            # «…, а Новогрудский райисполком и администрация Городецкого округа подписали меморандум», "and Novogrudok
            # and Gorodets signed a memorandum": the clause's own two signers, its subject
            foreign = bool(_NOT_RUSSIAN.search(s.text))
            title = "Подписание " + (_paper_head(low, doc) if foreign
                                     else nominative_phrase(_phrase(s.text, doc.start(), limit=3), "gent"))
            signers = _signers_in_russian(pair.group(1), pair.group(2), foreign)
            out.append(Cand("agreement", s, s.start + doc.start(), a, b, how, body=pair.group(0).strip(),
                            title=f"{title} {signers}" if signers else title, composed=bool(signers)))
            if foreign and first is not None and len(out) == 1 \
                    and (own_doc := next((d for d in docs if s.start + d.start() == first.pos), None)) is not None:
                first.title, first.composed = "Подписание " + _paper_head(low, own_doc), True  # (its own paper, not the
                # first one the sentence names anywhere: "signed a twinning agreement, and … a memorandum")
            after = doc.end()
            continue
        if doc is None or (partner := _WITH_PARTNER.search(s.text, doc.end(), doc.end() + 160)) is None:
            continue
        title = "Подписание " + nominative_phrase(_phrase(s.text, doc.start(), limit=3), "gent")
        out.append(Cand("agreement", s, s.start + doc.start(), a, b, how, body=_partner_name(s.text, partner.end() - 1),
                        title=f"{title} {_with_partner(s.text, partner.start() + 1)}"))
        after = doc.end()
    for doc in (d for d in docs if d.start() > after):
        # "The Mogilev Region concluded a memorandum with the Orenburg Region, and the Minsk Region an agreement with
        # the Astrakhan Region", «…, а Минская область — соглашение с Астраханской»: the verb left out, the clause's
        # own signer, paper and partner (GUIDE §3)
        gap = _GAPPED.search(s.text, max(after, doc.start() - 80), doc.start())
        if gap is None or _SIGN.search(low[gap.start(): doc.start()]) \
                or (partner := _WITH_PARTNER.search(s.text, doc.end(), doc.end() + 80)) is None:
            continue
        if not out:
            first_clause = (first_clause[0], gap.start())
        foreign = bool(_NOT_RUSSIAN.search(s.text))
        title = "Подписание " + (_paper_head(low, doc) if foreign
                                 else nominative_phrase(_phrase(s.text, doc.start(), limit=3), "gent"))
        sides = [*named_parties(s.text[gap.start(): doc.start()]),
                 *named_parties(_with_partner(s.text, partner.start() + 1))][:2]
        named = between(sides) if len(sides) == 2 else "" if foreign else _with_partner(s.text, partner.start() + 1)
        out.append(Cand("agreement", s, s.start + doc.start(), a, b, how, body=_partner_name(s.text, partner.end() - 1),
                        title=f"{title} {named}".strip(), composed=bool(named)))
        after = doc.end()
    if out and first is not None and (partner := _WITH_PARTNER.search(s.text, *first_clause)):
        first.body = _partner_name(s.text, partner.end() - 1)  # (the first signing's partner keeps it apart too)
        if not _NOT_RUSSIAN.search(s.text) and first.body.split()[0] not in first.title:
            first.title = f"{first.title} {_with_partner(s.text, partner.start() + 1)}"
    return out


# a clause that leaves the signing verb out: its subject, then its paper (", and the Minsk Region an agreement with …",
# «, а Минская область — соглашение с …»)
_GAPPED = re.compile(r"(?:,\s*(?:а|и|і|and)|;)\s+(?:the\s+)?[A-ZА-ЯЁІЎ][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:[—–-]\s+)?(?:an?\s+)?$")
# the two signers a later clause opens with, its subject right before its verb: «, а Полоцк и Великие Луки подписали»,
# ", and Novogrudok and Gorodets signed" (each side up to five words, a capital first)
_SIGNERS_OF_CLAUSE = re.compile(r"(?:,\s*(?:а|и|і|and)?|;|\s(?:а также|а таксама|and))\s+((?:the\s+)?[A-ZА-ЯЁІЎ][\w-]*(?:\s+[\w-]+)"
                                r"{0,4}?)\s+(?:и|і|and)\s+((?:the\s+)?[A-ZА-ЯЁІЎа-яёіўa-z][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:также\s+|also\s+)?$")


def _signers_in_russian(one: str, other: str, foreign: bool) -> str | None:
    """«между Новогрудским райисполкомом и администрацией Городецкого округа», «между Новогрудком и Городцом»: the two
    signers in the instrumental (a Belarusian or English text's only where both are places the gazetteer knows)."""
    if foreign:
        a, b = place_name(one.removeprefix("the ")), place_name(other.removeprefix("the "))
        return between((a, b)) if a and b else None
    return between((one, other))


# «между …», «паміж …», "between …": the two parties a document is signed by
_BETWEEN = re.compile(r"(?<![\w-])(?:между|паміж|between)\s")
# a document the signing lists after another: «…, а также План …», «; протокол …», "and a memorandum …"
_LISTED_DOC = re.compile(r"(?:[,;]|\s(?:а также|а таксама|и|і|and|as well as))\s+(?:\S+\s+){0,2}$")


def _pair(text: str) -> tuple[str, ...]:
    """The parties of «между Витебским облисполкомом (Республика Беларусь) и Правительством Ульяновской области
    (Российская Федерация) …» in the order named, a country only where none of its regions is named."""
    named = tuple(dict.fromkeys(named_parties(text)))
    regions = [p for p in named if p not in COUNTRIES and p not in ("Республика Беларусь", "Российская Федерация")]
    return tuple(regions) if len(regions) >= 2 else named


def _pair_key(text: str) -> str:
    """One key for the pair of parties a document is signed by (see ``_pair``); where fewer than two are known, the
    first letters of the capitalised words."""
    named = _pair(text)
    if len(named) >= 2:
        return " | ".join(named)
    return " ".join(w[:4].lower() for w in re.findall(r"\b[A-ZА-ЯЁІЎ0-9][\w-]+", text)[:6])


# two places joined by a hyphen or a dash right before a document's noun: "a Minsk-Kazan cooperation program", «Минск —
# Казань»
_PAIR_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?([A-ZА-ЯЁІЎ][\w'’]+\s*[-–—]\s*[A-ZА-ЯЁІЎ][\w'’]+)")
_PAIR_BEFORE = re.compile(r"([A-ZА-ЯЁІЎ][\w'’]+\s*[-–—]\s*[A-ZА-ЯЁІЎ][\w'’]+)\s+(?:\S+\s+){0,2}$")
# the minutes of a session, signed by the sides that sat: «протокол (заседания) совместной комиссии», «пратакол
# пасяджэння камісіі», "the protocol of the joint commission", "the minutes of the meeting"
_SESSION_PAPER = re.compile(r"(?:протокол|пратакол|protocol|minutes)\w*\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+){0,2}?"
                            r"(?:заседани|комисси|рабоч\w* групп|совет|пасяджэнн|камісі|савет|session|commission"
                            r"|meeting|working group|council)")


def paper_signed(s: Sentence, at: int) -> str | None:
    """«Подписание Договора о Союзе Беларуси и России» for the document a clause names right at ``at`` (a clause that
    leaves its signing verb out: «…, а через год — Договор о Союзе …»), else None."""
    d = next((m for m in _DOC.finditer(s.low[: at + 40]) if at <= m.start() <= at + 12), None)
    if d is None:
        return None
    return "Подписание " + (_paper_head(s.low, d) if _NOT_RUSSIAN.search(s.text)
                            else nominative_phrase(_phrase(s.text, d.start()), "gent"))


def _paper_head(low: str, d: re.Match) -> str:
    """The Russian name of a listed paper of a Belarusian or English text, from its noun and the words around it
    ("cooperation program" → «программы сотрудничества»), in the genitive after «Подписание»."""
    lo = max(0, d.start() - 16)
    return head("agreement", low[lo: d.end() + 24], d.start() - lo)[len("Подписание "):]


def _listed_signings(s: Sentence, docs: list[re.Match], doc: re.Match, a: str | None, b: str | None, how: str,
                     first: Cand, plan: Cand | None) -> list[Cand]:
    """«Подписаны соглашение между Витебским облисполкомом и Правительством Ульяновской области …, а также План
    мероприятий … между Правительством Беларуси и Правительством Саратовской области на 2025-2027 годы»: each document
    the signing lists with a pair of parties of its own is a signing of its own (GUIDE §3), dated like the first; a
    document named inside another's name («План … по реализации Соглашения между …») is that one's."""
    text, low = s.text, s.low
    doc = next((d for d in docs if d.start() >= first.pos - s.start - 250), doc)  # (from the first one it signs)
    listed = [doc] + [d for d in docs if d.start() > doc.end() and _LISTED_DOC.search(low, max(0, d.start() - 40), d.start())]
    if len(listed) < 2:
        return []
    slots: list[tuple[re.Match, re.Match, str]] = []
    for i, d in enumerate(listed):
        stop = listed[i + 1].start() if i + 1 < len(listed) else min(len(low), d.end() + 240)
        between = _BETWEEN.search(low, d.end(), stop)
        if between is None and ((named := _PAIR_BEFORE.search(text, max(0, d.start() - 40), d.start())) is not None
                                or (named := _PAIR_AFTER.match(text, d.end())) is not None):
            # "a Minsk-Kazan cooperation program …, as well as an agreement … between the Partizansky District …":
            # a paper whose name carries its pair («программа Минск — Казань»), another pair than the one after
            slots.append((d, named, _pair_key(named.group(1))))
            continue
        if between is None and (minutes := _SESSION_PAPER.match(low, d.start())) is not None:
            # «подписание протокола совместной комиссии и соглашения … между Калачинским районом … и Червенским
            # районом»: the minutes of a session are signed by its sides, another pair than the one named after
            own_name = text[minutes.end(): stop]
            pair = _pair(own_name[: next((m.start() for m in re.finditer(r"[;.](?:\s|$)", own_name)), len(own_name))])
            # («протокол заседания рабочей группы по сотрудничеству Приангарья и Республики Беларусь»: the pair its
            # own name gives, maybe the one of the paper before — then one signing)
            slots.append((d, minutes, " | ".join(pair) if len(pair) >= 2 else "minutes:" + " | ".join(pair)))
            continue
        if between is None:
            return []  # (a document without parties of its own: one signing, GUIDE §3)
        end = next((m.start() for m in re.finditer(r"[;.](?:\s|$)", text[between.end(): stop])), stop - between.end())
        slots.append((d, between, _pair_key(text[between.end(): between.end() + end])))
    for i, (d, at, key) in enumerate(slots):  # a minutes' one party named, of a pair named for another paper: theirs
        one = key.partition(":")[2]
        if key.startswith("minutes:") and one and (same := next((k for _, _, k in slots if one in k.split(" | ")
                                                                   and not k.startswith("minutes")), None)):
            slots[i] = (d, at, same)
    if len({key for _, _, key in slots}) < 2:
        return []
    out: list[Cand] = []
    for i, (d, between, key) in enumerate(slots):
        stop = slots[i + 1][0].start() if i + 1 < len(slots) else len(low)
        own_plan = plan if plan is not None and d.start() <= plan.pos - s.start < stop else None
        sides = key.split(" | ") if " | " in key else []
        russian = not _NOT_RUSSIAN.search(text)
        if key.startswith("minutes"):  # (its name runs to the next document: «Подписание протокола совместной комиссии»)
            what = " ".join(_phrase(text[: stop], d.start()))
            what = re.split(r"\s(?:и|і|and|а также|а таксама)\s|[,;]", what, maxsplit=1)[0]
            title = "Подписание " + (nominative_phrase(what.split(), "gent") if russian
                                     else _paper_head(low, d))
            if i == 0:
                first.body, first.title = key, title
            else:
                out.append(Cand("agreement", s, s.start + d.start(), a, b, how, title=title, body=key))
            continue
        what = " ".join(own_plan.title.split() if own_plan else _phrase(text[: between.start()], d.start())) \
            if russian else _paper_head(low, d)
        title = "Подписание " + (nominative_phrase(what.split(), "gent") if russian else what) + (
            " между " + " и ".join(nominative_phrase(p.split(), "ablt") for p in sides[:2]) if sides else "")
        if i == 0:
            first.body, first.title, first.composed = key, title, True
            continue
        out.append(Cand("agreement", s, s.start + d.start(), a, b, how, title=title, body=key, composed=True))
    return out


def _partner_name(text: str, at: int) -> str:
    """The capitalised words of a partner's name from ``at`` («Волгоградским государственным университетом»)."""
    return " ".join(text[at: at + 80].split()[:3]).strip(",;.")


def _with_partner(text: str, at: int) -> str:
    """«с Волгоградским государственным университетом» as written from ``at`` to the clause's end (six words at most)."""
    clause = re.split(r"[,;:!?]|\.(?:\s|$)(?![А-ЯЁA-Z]\.)|\s(?:и|а также|а таксама|and)\s", text[at: at + 160],
                      maxsplit=1)[0]  # (the dots of initials, «имени Г.В. Плеханова», end no clause)
    return " ".join(clause.split()[:7]).rstrip(".")


def _dedicated_at(words: list[str]) -> int | None:
    """Where «посвящённые», «приуроченные» stands among the first words after a cue."""
    return next((i for i, w in enumerate(words[:4]) if w.lower().startswith(("посвящ", "приуроч"))), None)


_QUOTED = re.compile(r"«[^»]{1,120}»|\"[^\"]{1,120}\"|“[^”]{1,120}”")
_MANY_SIDES = re.compile(r"\b(?:делегаци|дэлегацы|delegations)\w*\s+(?:из\s+|с\s+|со\s+|з\s+|of\s+|from\s+)?(?:более\s+|больш"
                         r"\s+|more than\s+)?(?:двух|трех|трёх|обеих|обоих|нескольк\w*|многих|\d+|десят\w*|дзвюх|абедзвюх"
                         r"|некальк\w*|two|both|several|many|\w+teen|ten|twenty)\s+(?:стран|регион|краін|рэгі[её]н|countries"
                         r"|regions)")
_TOURED = ("посет", "наведа", "visit", "toured", "осмотр", "агледз")
_EXHIBIT_TOURED = re.compile(r"\b(?:посет|наведа|visit|toured|осмотр|агледз)\w*\s+(?:\S+\s+){0,2}?(?:экспозици|выставк"
                             r"|стенд|павильон|экспазіцы|выстав|павільён|exhibition|exposition|stand|pavilion|display)")
_ARRIVES = re.compile(r"\b(?:прибыл|приехал|прилетел|прыбыл|прыехал|arrived|came to)")
_EVENT_PREFIXES = ("фестив", "фестыв", "festiv", "выстав", "выстаў", "exhib")
_WORD_END = re.compile(r"\w*$")
# who the delegation is made of, not where it went: «В составе делегации Могилевщины — депутаты, руководители …»,
# «У склад дэлегацыі ўвайшлі …», "The delegation included heads of districts"
_MEMBERS_BEFORE = re.compile(r"\b(?:в|во|у|ў) (?:состав\w*|склад\w*)\s+(?:\S+\s+)?$")
_MEMBERS_AFTER = re.compile(r"\w*(?:\s+\S+){0,4}?\s+(?:includ\w+|consist\w*|compris\w+|вошли|вошл\w+|уключа\w*|"
                            r"ўвайшлі|увайшлі|входят|входили|включа\w*|представля(?:ют|ли)|прадстаўля(?:юць|лі)"
                            r"|(?:is|was|were|are) represented)\b")
# an official or a delegation going to a gathering: «посетит фестиваль-ярмарку «Дожинки»» (GUIDE §4.6: a trip to attend)
_EVENT_VISITED = re.compile(r"\w*\s*(?:\S+\s+)?(?:фестивал|ярмарк|форум|праздник|торжеств|дни\b|фестывал|кірмаш|свята"
                            r"|festival|fair|forum|celebration)")
# a demonstrative right before a cue: the event the text has just told («эта поездка», "this visit", «гэты візіт»)
THIS_ONE = _THIS_ONE = re.compile(r"(?:^|\s)(?:эт(?:ого|а|от|у|ой|им|ом)|данн\w+|this|that|гэт(?:ага|ая|ы|ую|ай|ым))"
                                  r"\s+(?:\S+\s+)?$")  # (events.py reads it too)
# a stay at a gathering: «побывал на выставке «Россия»», «пабываў на кірмашы» (an exhibition too: one goes there)
_STAYED_AT = re.compile(r"п[оа]быва\w* на$")
_STAYED_FIRST = re.compile(r"п[оа]быва\w*\s+$")
# … or a town: «В минувшую пятницу в Полоцке побывали представители администрации района», and who: its envoys
_TOWN_BEFORE = re.compile(r"(?:^|\s)(?i:в|во|у|ў)\s+[А-ЯЁІЎ][а-яёіў-]+(?:\s+[а-яёіў]+)?\s+$")
_ENVOYS = re.compile(r"(?:\S+\s+)?(?:представител|прадстаўнік|гост|госц|гасц|делегат|дэлегат)")
_STAY_NOUNS = r"фестивал|ярмарк|форум|праздник|торжеств|выста[вў]|фестывал|кірмаш|свят|экспо"  # (the gatherings one stays at)
# the gathering named before «побывал»: «На торжественных мероприятиях фестиваля побывала …», «На выставке 6 мая …»
_AT_EVENT_BEFORE = re.compile(rf"(?:^|\s)(?:на|в|во|у|ў)\s+(?:\S+\s+){{0,3}}?(?:{_STAY_NOUNS}|мероприяти|мерапрыемств)\w*"
                              r"(?:\s+\S+){0,6}?\s*$")
_EVENT_STAYED = re.compile(rf"\s*(?:\S+\s+){{0,2}}?(?:{_STAY_NOUNS}|днях\b|expo)")


# a site toured, named in English by the words before its noun: "the Brest Hero Fortress Memorial Complex", "the
# Minsk Tractor Works", "a dairy plant" (no preposition or conjunction on the way: "visited Minsk on the day the museum …")
_SITE_VISITED = re.compile(r"\w*\s+(?:to\s+)?(?:the\s+|a\s+|an\s+)?(?:(?!(?:in|on|at|and|with|where|during|for|to|after"
                           r"|before|when|while|as|by|from)\b)[\w'’-]+\s+){0,5}?(?:memorial|complex|museum|enterprise|factory"
                           r"|plant|works|company|school|university|college|farm|monument|fortress|park|library|theat(?:re|er)"
                           r"|cent(?:re|er)|hospital|church|cathedral|facilit(?:y|ies)|institute|exhibition|stand|pavilion|site"
                           r"|mill|cluster|laborator(?:y|ies))s?\b")


def _region_next(text: str, at: int) -> bool:
    """«посетил Брестскую область», «наведаў Брэсцкую вобласць», «посетила Республику Татарстан»: a region (or a
    republic) right after the verb is where the trip went, as a town is."""
    words = text[at:].split()[:2]
    return bool(words) and (words[0][:1].isupper() or words[0].lower() in ("республику", "рэспубліку")) \
        and bool(named_parties(" ".join(words)))  # (not «посетил предприятие Гомельской области»: a tour)


# the guests a welcome is of: «встреча гостей», «сустрэча гасцей» (then no «с кем»: «встреча гостей с губернатором» is
# talks; «встреча делегаций» is talks between them)
_WELCOME = re.compile(r"\w*\s+(?:гостей|гасцей)\b")
_WITH_SOMEONE = re.compile(r"(?:^|[\s,])(?:с|со|з)\s+(?!\d)\w")
_BETWEEN_SIDES = re.compile(r"\b(?:between|между|паміж)\b")
# meetings in the plural, as a programme lists them: «деловые встречи», «в совещаниях», «сустрэчы», "business meetings"
_PLURAL_MEETINGS = re.compile(r"встреч(?:и|ах|ам|ами)|совещани(?:я|ях|ям|ями)|сустрэч(?:ы|ах|ам|амі)|нарад(?:ы|ах|ам|амі)"
                              r"|meetings")
_MEETING_POINT = re.compile(r"(?:мест[оеау]|месц[аыуе]|точк[аеиу]|кропк[аеіу])\s+$")
# … of what meets there: borders, rivers, roads («место встречи границ трёх государств»; but «место встречи — Минск»)
_WHAT_MEETS = re.compile(r"\s+(?:\S+\s+)?(?:границ|межаў|мяжы|рек|рэк|дорог|дарог|морей|мораў)")


def _place_next(text: str, at: int) -> bool:
    """"left for Minsk", "set off for the Brest Region": a town, region or country right after ``at``."""
    rest = text[at:].lstrip()
    rest = rest[4:] if rest.lower().startswith("the ") else rest
    words = [w.strip(".,;:!?") for w in rest.split()[:2]]
    return bool(words) and bool(place_name(" ".join(words)) or place_name(words[0]) or _region_next(rest, 0))


def _at_home(text: str, start: int, end: int) -> bool:
    """«Председатель Гомельского облисполкома посетил праздник в Гомеле»: the office named before the cue is of the
    side the venue after it belongs to, so no trip is made."""
    home = set(named_parties(text[:start]))
    return bool(home) and any(party_of_place(p) in home for _, p in places_in(text[end:]))


# a ceremony told as what followed the one before: «прошёл митинг, после которого участники возложили венки», «пасля
# чаго ўсклалі кветкі», "a rally, after which wreaths were laid", «затем», "then"
_CEREMONY_AFTER = re.compile(r"(?:,\s*|\s)(?:после (?:которого|которой|чего|этого)|пасля (?:якога|якой|чаго|гэтага)"
                             r"|after (?:which|that)|(?:а )?(?:затем|потом|потым)|and then|then)\s+(?:[\w-]+\s+){0,3}$")
_JOINED_CEREMONY = re.compile(r"(?:\sи|\sі|\sand|а также|а таксама|as well as)(?:\s+(?:в|во|у|ў|ва|in|the|a|at))*\s+$")
# a place named by its kind, object before the verb: «Регион посетит делегация», «Горад наведала дэлегацыя»
# delegations meeting each other: «делегации … встретились», «дэлегацыі … сустрэліся», "the delegations … met"
_MET_EACH_OTHER = re.compile(r"\b(?:встретились|сустрэліся|met)\b(?!\s+(?:с|со|з|with)\b)")  # (not "met with a
# delegation": someone met it, the delegation came)
_ARRIVAL_WORDS = re.compile(r"прибы|приеха|прыбы|прыеха|arriv|came to|посети|наведа|visit|визит|візіт|побыва|пабыва")
_PLACE_NOUN = re.compile(r"регион|город|область|район|край|республику|столицу|райцентр|рэгіен|рэгіён|горад|вобласць|раён"
                         r"|рэспубліку|сталіцу"
                         # a gathering the delegation visits, named first: «фестиваль посетила делегация …»
                         r"|фестиваль|праздник|форум|ярмарку|выставку|фестываль|свята|кірмаш|выставу")
# «побратимы посетили наш регион», «наведалі наш горад», "visited our city": a trip to the site's own place
_OURS = re.compile(r"\w*\s*(?:наш|нашу|наше|нашай|нашае|our)\s+(?:регион|област|город|район|край|стран|республик|рэгіен"
                   r"|вобласц|горад|раён|краін|рэспублік|region|city|town|district|country|republic)")
# «на недавнем дне города», "at the recent City Day": lately, in the year of the report (not the day before's)
_RECENT = re.compile(r"\b(?:недавн|нядаўн|recent)\w*")
# partners listed one by one, each with its own preposition: «с Октябрьским районом города Минска и с городом
# Могилевом», «з Віцебскам і з Гомелем», "with Vitebsk and with Gomel"
_PARTNERS = re.compile(r"(?:^|\s)(?:с|со|з|with)\s+([^.;:!?]{3,80}?)\s+(?:и|і|and)\s+(?:с|со|з|with)\s+([^,.;:!?]{3,60}?)"
                       r"(?=[,.;:!?]|\s[—–-]\s|$|\s(?:yesterday|today|on|at|in|during|вчера|сегодня|учора|сёння|в|во|на|у|ў"
                       r"|в ходе|падчас)\s)")
# pairs each told as «X с Y»: «пагадненні аб пабрацімстве Рэчыцы з Рыльскам і Светлагорска з Курчатавым», "of Gomel
# with Kursk and of Pinsk with Tula"
_PAIRS_WITH = re.compile(r"(?:^|\s)(?:of\s+)?([А-ЯЁІЎA-Z][\w-]+)\s+(?:с|со|з|with)\s+([А-ЯЁІЎA-Z][\w-]+)\s*(?:,\s*|\s+(?:и|і|and"
                         r"|а также|а таксама)\s+)(?:of\s+)?([А-ЯЁІЎA-Z][\w-]+)\s+(?:с|со|з|with)\s+([А-ЯЁІЎA-Z][\w-]+)")
# pairs listed one by one, each with its own «между»: «соглашений … между администрацией Лужского района и Бобруйским
# горисполкомом, а также между администрацией Приозерского района и Могилевским райисполкомом», «паміж …, а таксама
# паміж …», "agreements between Gomel and Kursk and between Mogilev and Bryansk"
_PAIRS = re.compile(r"(?:^|\s)(?:между|паміж|between)\s+([^.;:!?]{3,160}?)(?:,\s*|\s+)(?:а также|а таксама|и|і|and|as well "
                    r"as)\s+(?:между|паміж|between)\s+([^.;:!?]{3,160}?)(?=[,;:!?]|\.(?:\s|$)|\s[—–-]\s|$)")
_NEXT_PAIR = re.compile(r"(?:^|,\s*|\s+)(?:(?:а также|а таксама|и|і|and|as well as)\s+)?(?:между|паміж|between)\s+")
# pairs listed after one «между»: «между Гомельской областью и Брянской областью, Витебской областью и Псковской
# областью», «паміж …, …», "between Gomel Oblast and Bryansk Oblast, Vitebsk Oblast and Pskov Oblast, and Minsk and
# Kazan" (each item two sides, each side a name)
_PAIRS_LISTED = re.compile(r"(?:^|\s)(?:между|паміж|between)\s+([^.;:!?()]{10,400})")
_LIST_SEP = re.compile(r",\s*(?:(?:а также|а таксама|and|и|і)\s+)?")
_PAIR_AND = re.compile(r"\s(?:и|і|and)\s")
_SIDE = re.compile(r"(?:the\s+)?[A-ZА-ЯЁІЎ]")
# two partners sharing one noun in the plural: «с Гомельской и Могилевской областями», «з Гомельскай і Магілёўскай
# абласцямі», "with Gomel and Mogilev oblasts"; or the noun first: «с городами Гомелем и Витебском», «с управами
# Очаково-Матвеевское и Крылатское»
_SHARED_NOUN = (r"(?:област|район|город|округ|абласц|раён|гарад|oblast|region|district|cit(?:y|ie)|town)\w*")
_SHARING = re.compile(rf"(?:^|\s)(?:с|со|з|with)\s+(?:the\s+)?([A-ZА-ЯЁІЎ][\w-]+)\s+(?:и|і|and)\s+([A-ZА-ЯЁІЎ][\w-]+)\s+"
                      rf"({_SHARED_NOUN})(?=[\s,.;:!?]|$)")
_SHARING_AFTER = re.compile(r"(?:^|\s)(?:с|со|з)\s+([а-яёіў]+(?:ами|ями|амі|ямі))\s+([A-ZА-ЯЁІЎ][\w-]+(?:\s+[A-ZА-ЯЁІЎ][\w-]+)?)"
                            r"\s+(?:и|і)\s+([A-ZА-ЯЁІЎ][\w-]+(?:\s+[A-ZА-ЯЁІЎ][\w-]+)?)(?=[\s,.;:!?]|$)")


_ONE_OF_BE = (("абласц", "вобласцю"), ("раён", "раёнам"), ("гарад", "горадам"), ("акруг", "акругай"))


def _one_of(noun: str) -> str:
    """«областями» → «областью», «управами» → «управой», «абласцямі» → «вобласцю», "oblasts" → "oblast": one of
    the partners a plural noun names."""
    if noun.isascii():
        return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    if be := next((one for stem, one in _ONE_OF_BE if noun.lower().startswith(stem)), None):
        return be
    for p in parses(noun.lower()):
        if p.tag.POS == "NOUN" and p.tag.number == "plur":
            one = p.inflect({"sing", "ablt"})
            if one is not None:
                return one.word
    return noun


def _each_with(text: str, at: int) -> tuple[int, list[str]]:
    """The partners a plural document is signed with, each after its preposition as the text gives it («с …»,
    «между … и …»), in the clause after ``at``, and where the first begins: one signing a partner (GUIDE §3: a pair
    of parties is its own signing)."""
    for rx in (_PAIRS_WITH, _PARTNERS, _PAIRS, _PAIRS_LISTED, _SHARING, _SHARING_AFTER):
        m = rx.search(text, at, at + 320 if rx is _PAIRS else 500 if rx is _PAIRS_LISTED else 220)
        if m is None or any(ch in text[at: m.start()] for ch in ".;:!?") or m.start() - at > 160:
            continue
        if rx is _PAIRS_WITH:
            found = [f"{m.group(1)} с {m.group(2)}", f"{m.group(3)} с {m.group(4)}"]
        elif rx is _PARTNERS:
            found = ["с " + m.group(1).strip(), "с " + m.group(2).strip()]
        elif rx is _PAIRS:  # (as many pairs as the clause lists: «между …, между … , а также между …»)
            clause = text[m.start(): next((e.start() for e in re.finditer(r"[;!?]|\.(?:\s|$)", text[m.start():])),
                                          len(text) - m.start()) + m.start()]
            found = ["между " + part.strip(" ,") for part in _NEXT_PAIR.split(clause)[1:] if part.strip(" ,")]
            found = found if len(found) >= 2 else ["между " + m.group(1).strip(" ,"), "между " + m.group(2).strip(" ,")]
            return (m.start() + (m.group()[:1].isspace()), found) if len(set(found)) == len(found) else (at, [])
        elif rx is _PAIRS_LISTED:  # (every item two named sides, else no list of pairs)
            clause = re.split(r"\s[—–-]\s|\s(?:which|who|that|где|которы\w+|якія)\s", m.group(1))[0]
            items = [x.strip() for x in _LIST_SEP.split(clause) if x.strip()]
            sides = [_PAIR_AND.split(x) for x in items]
            if len(items) < 2 or not all(len(pair) == 2 and all(_SIDE.match(side) for side in pair) for pair in sides):
                continue
            found = ["между " + x for x in items]
            return (m.start() + (m.group()[:1].isspace()), found) if len(set(found)) == len(found) else (at, [])
        elif rx is _SHARING:  # (the noun in the singular after each: «с Гомельской областью», «с Могилевской …»)
            noun = _one_of(m.group(3))
            found = [f"с {m.group(1)} {noun}", f"с {m.group(2)} {noun}"]
        else:
            noun = _one_of(m.group(1))
            found = [f"с {noun} {m.group(2)}", f"с {noun} {m.group(3)}"]
        return (m.start() + (m.group()[:1].isspace()), found) if len(set(found)) == 2 else (at, [])
    return at, []


def _partner_in_russian(partner: str) -> str | None:
    """«с Гомельской областью» for "with Gomel oblast", «между Брестской областью и Тульской областью» for «паміж
    Брэсцкай і Тульскай абласцямі»: a partner of a Belarusian or English text where the parties' names give it."""
    if " с " in partner and not partner.startswith(("с ", "между ")):  # «Рэчыцы з Рыльскам» → «Речицы с Рыльском»
        one, _, other = partner.partition(" с ")
        a, b = place_name(one.strip()), place_name(other.strip())
        return f"{nominative_phrase(a.split(), 'gent')} с {nominative_phrase(b.split(), 'ablt')}" if a and b else None
    named = named_parties(partner.split(None, 1)[1] if " " in partner else partner)
    if partner.startswith(("между", "паміж", "between")):
        if len(named) != 2:  # (two towns: «паміж Мінскам і Казанню», "between Minsk and Kazan")
            towns = [place_name(side.strip()) for side in _PAIR_AND.split(partner.split(None, 1)[-1])]
            named = tuple(t for t in towns if t) if len(towns) == 2 else ()
        return between(named) if len(named) == 2 else None
    return "с " + nominative_phrase(named[0].split(), "ablt") if len(named) == 1 else None


def _someone_named(text: str) -> bool:
    """Is a person named in the sentence («Юрий Селиверстов приехал в Калугу»): an arrival of someone by name."""
    lang = "be" if re.search(r"[іў]", text) else "en" if text.isascii() else "ru"
    return bool(people_in(text, lang))


# an arrival is a visit only of an official or a delegation («цягнік прыбыў 3 ліпеня» is none)
_ARRIVAL = ("прибыл", "приехал", "прилетел", "прыбы", "прыеха", "прыляце", "arrived")
TRIP_NOUNS = _TRIP_NOUNS = ("визит", "візіт", "visit", "поездк", "паездк", "trip")  # (events.py reads them too)
_ARRIVERS = ("делегац", "дэлегац", "delegation", "лидер", "лідар", "leader", "гости ", "гостей", "госці", "гасцей",
             "guests", "театр", "тэатр", "theat", "ансамбл", "ensemble", "оркестр", "orchestra", "хор ", "choir",
             "трупп", "трупа", "troupe")  # («Гости прибыли в Брест накануне», "The guests arrived in Brest the day
# before", «Томский театр драмы приехал в Минск»: a company on tour is a guest too)
_PARTICIPANT_WORDS = ("участник", "удзельнік", "participants")
_PARTICIPANTS_OF = re.compile(r"\b(?:участник\w*|удзельнік\w*|participants (?:of|in) (?:the )?)\s*(?:\S+\s+)?"
                              r"(форум\w*|фестивал\w*|фестывал\w*|ярмарк\w*|кірмаш\w*|forum|festival|fair)")
_GATHERING_TYPE = (("форум", "meeting"), ("forum", "meeting"), ("фестивал", "festival"), ("фестывал", "festival"),
                   ("festival", "festival"), ("ярмарк", "fair"), ("кірмаш", "fair"), ("fair", "fair"))
# a crowd is no delegation: «съехались тысячи гостей из разных уголков», "hundreds of visitors came"
_CROWD_OF = (r"(?:гост|участник|жител|зрител|людей|человек|туристов|удзельнік|жыхар|гледач|чалавек|турыст|guests"
              r"|participants|visitors|people|residents|tourists)")
_CROWD = WordRegex(rf"\b(?:тысяч\w*|сотн\w*|сотен|десятк\w*|множеств\w*|соцен\w*|дзясятк\w*|thousands|hundreds|dozens)"
                   rf"\s+(?:\S+\s+)?{_CROWD_OF}|\bfrom all over\b")
# a count in the thousands: "about 80,000 people visited the holiday", «более 5 000 гостей» (no digit, point or comma
# before its first digit)
_CROWD_COUNT = re.compile(rf"\d(?<![\d.,]\d)(?:\d{{0,2}}(?:[ ,\u00a0]\d{{3}})+|\d{{3,}})\s+{_CROWD_OF}")
_EVERYWHERE = re.compile(r"\bиз разных уголков|\bз розных куткоў")


def _crowd(low: str) -> bool:
    """Does the sentence speak of a crowd? Three patterns, each of which ``re`` can scan ahead for or which a
    substring test puts off (one pattern of all, opening with ``\b`` and a look-behind, was tried at every position)."""
    return bool(_CROWD.search(low) or _CROWD_COUNT.search(low)
                or ("разных уголков" in low or "розных куткоў" in low) and _EVERYWHERE.search(low))
# a date beside a person's appointment or election dates the post, not the event («с 1 апреля назначенным на
# должность», «избранного в 2021 году», «прызначаны 1 красавіка», "appointed on 1 April", "elected in 2021")
# (but «заседание назначено на 17 июня», «прызначана на 5 мая»: a sitting scheduled for a day, no one appointed)
_APPOINTED = re.compile(r"(?<!\w)(?:назнач(?!\w*\s+на\s+\d)|избран|переизбран|вступивш\w* в должность|прызнач(?!\w*\s+на\s+\d)"
                        r"|абран|appointed|elected"
                        r"|re-elected|took office)")
_ANAPH_TYPE = (("форум", "forum"), ("forum", "forum"), ("заседани", "session"), ("совещани", "session"), ("пасяджэн", "session"),
               ("нарад", "session"), ("sitting", "session"), ("session", "session"), ("визит", "visit"), ("поездк", "visit"),
               ("visit", "visit"),
               ("ярмарк", "fair"), ("фестивал", "festival"), ("день", "span"), ("дзень", "span"), ("day", "span"), (" дня", "span"),
               ("", "meeting"))
_REPORTED = re.compile(lx.REPORTED)
# a meeting named again as the subject of a sentence that tells how it went: «Встреча прошла с участием …», «Заседание
# состоялось в …», «Сустрэча прайшла …», "The meeting was held with …"
_TOLD_AGAIN = re.compile(r"(?:эта |данная |гэтая |the )?(?:встреча|заседание|переговоры|сустрэча|пасяджэнне|перамовы|meeting"
                         r"|talks|sitting) (?:прошл[аио]|состоял(?:ась|ось|ись)|прайшл[аоі]|адбыл(?:ася|ося|іся)"
                         r"|(?:was|were) held|took place"
                         # … or the sitting under way, named again to say who chairs it: «Заседание проходит под
                         # сопредседательством …», «Пасяджэнне праходзіць пад старшынствам …», "The meeting is co-chaired by"
                         r"|проход(?:ит|ят) под (?:со)?председательством|праходз(?:іць|яць) пад (?:су)?старшынствам"
                         r"|(?:is|was|were|are) (?:being )?(?:co-)?chaired by)\b")
_ANNIV_LABEL = re.compile(lx.ANNIVERSARY_LABEL)
# «в тот же день Орша и Великие Луки …», «у той жа дзень», "on the same day": a day pointed back at, no «День Орши»
_THAT_DAY_BEFORE = re.compile(r"(?:тот же|тот|этот|той жа|той|гэты|the same|that)\s+$")
_LABEL_REACH = re.compile(r"(?:\s+[^\s,;:.—–]+){0,2}")  # the few words of what a label's anniversary is of


def _label_reach(low: str, at: int) -> str:
    """The words after a label's anniversary that say what it is of («в год 80-летия Великой Победы»)."""
    got = _LABEL_REACH.match(low, at)
    return got.group() if got else ""
_UPCOMING = re.compile(lx.UPCOMING)
# "prepared for signing at the upcoming Forum", «подпишут на предстоящем форуме»: held at what is ahead
# the event itself said to have been held (not an invitation or a decision about it, which may look ahead)
_WAS_HELD_AT = re.compile(r"\b(?:состоявш|прошедш|состоял|прош(?:ел|ла|ло|ли)\b|прайшл|прайшоў|адбыл|which took place"
                          r"|took place|was held|were held)")
# the words of _UPCOMING and _APPOINTED, looked for before either pattern is tried
_UPCOMING_WORDS = ("предстоящ", "ближайш", "будущ", "грядущ", "будуч", "бліжэйш", "upcoming", "forthcoming", "coming")
_APPOINTED_WORDS = ("назнач", "избран", "вступивш", "прызнач", "абран", "appointed", "elected", "took office")
_AT_UPCOMING = re.compile(r"\b(?:at|during|on|на|в ходе|во время|падчас)\s+(?:the\s+)?(?:предстоящ|ближайш|будущ|грядущ"
                          r"|будуч|бліжэйш|upcoming|forthcoming)\w*\s+(?:\S+\s+)?(?:форум|заседани|встреч|ярмарк|фестивал"
                          r"|пасяджэнн|сустрэч|кірмаш|фестывал|forum|meeting|session|fair|festival)")
_DRAFT = re.compile(lx.DRAFT)
_CEREMONY = re.compile(lx.CEREMONY)
_DEDICATED = re.compile(lx.DEDICATED)
_PRESS = ("пресс-", "прэс-", "прес-", "press ", "press-")
# what a trip is for: «Главная цель поездки — проведение заседания», «мэта візіту», "the purpose of the visit"
_PURPOSE_WORDS = ("цел", "мэт", "purpose", "aim of")
PURPOSE = re.compile(r"\b(?:цел(?:ь|ью|и) (?:визита|поездки|пребывания|командировки)|мэт(?:а|ай|ы) (?:візіту|паездкі"
                      r"|знаходжання)|(?:purpose|aim) of the (?:visit|trip))\b")
# «год спустя», «спустя два года», «через три года», «праз год», "a year later", "two years later"
_COUNT = r"(\d{1,2}|два|две|три|четыре|пять|тры|чатыры|two|three|four|five)"
_LATER_WORDS = ("спустя", "через", "праз", "later")
_YEARS_LATER = re.compile(rf"(?<!\w)(?:(?:год|года|лет)\s+спустя|спустя\s+(?:{_COUNT}\s+)?(?:год|года|лет)\b"
                          rf"|через\s+(?:{_COUNT}\s+)?(?:год|года|лет)\b|праз\s+(?:{_COUNT}\s+)?(?:год|гады|гадоў)\b"
                          rf"|(?:a|one|{_COUNT})\s+years?\s+later\b)")
_TIMED_BY = re.compile(r"(?:(?:the\s+)?day\s+(?:before|after)|on\s+the\s+eve\s+of|the\s+eve\s+of|накануне|напярэдадні"
                       r"|за\s+день\s+до|за\s+дзень\s+да|на\s+следующий\s+день\s+после|на\s+наступны\s+дзень\s+пасля)"
                       r"\s+(?:the\s+)?$")
_MET_AT_A_GATHERING = re.compile(r"\w*\s+(?:\S+\s+){0,2}?(?:на|at|during|у|ў)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:фестивал|фестывал"
                                 r"|ярмарк|кірмаш|конкурс|festival|fair|contest)")
_TABLE = ("стол ", "столом ", "за стала ", "сталом ", "negotiating ")  # (not «вехой стала встреча»: became)
_CELEBRATIONS = re.compile(r"торжеств\w*|[уў]рачыстасц\w*|celebrations")  # (the generic words of FESTIVE)
_FESTIVE = next(rx for _, rx in _CUES if rx.pattern == lx.FESTIVE)
# a gathering whose part a ceremony is, right after it: «… фестиваля», «… форуму», "… of the festival"
_OF_A_GATHERING = re.compile(r"\s+(?:(?:\S+\s+){0,2}?(?:фестивал|форум|ярмарк|фестывал|кірмаш)\w*|of\s+the\s+(?:\S+\s+)?"
                             r"(?:festival|forum|fair))\b")
_FOR_A_CITY_DAY = re.compile(r"(?:посвящ|приуроч|прысвеч|прымеркав|dedicated|devoted|timed)\w*(?:\s+to)?\s+(?:the\s+)?"
                             r"(?:дн(?:ю|ям) (?:город|горад)|city day|дням\s|days of\s)|\b(?:ко|да) дн(?:ю|ям) (?:город|горад)")
# (and «церемония, посвящённая Дням Витебской области», "dedicated to the Days of …": a festival's, not a holiday's)
_CITY_DAY_WORDS = re.compile("город|горад|city day|дням|days of")  # (in every match of _FOR_A_CITY_DAY, whose ``\b`` branch made
# ``re`` try it at every position: looked for first)
_OBSERVED = re.compile(lx.OBSERVED)
# a day said to be celebrated: «отметили», «адзначылі», "celebrated", "marked"
_CLAUSE_BREAK = re.compile(r"[;—–]")  # (a comma may set off a date that opens the sentence: "On May 8, …")
_MARKED_ON = re.compile(r"\b(?:отметил\w*|отпраздновал\w*|адзначыл\w*|celebrated|marked)\b")
_MARKS = re.compile(r"\b(?:отмет|отмеча|праздн|адзнач|святк|celebrat|mark|commemorat|посвящ|приуроч|прысвеч|прымеркав"
                    r"|dedicated|timed|honou?r)\w*")
_PERIOD = re.compile(r"\d{4}/\d{4}")  # a mention's value: a period of years
_YEAR = re.compile(r"\d{4}")
_SINCE = re.compile(r"(?:с|со|since|from|з)\s")
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:с|со|з|since)\s+$")
_TERM = re.compile(r"(?:\bна|\bon|\bfor)\s+(?:the\s+)?$")
# an event set for a time: «запланирован на», «намечена на», «перенесён на», «запланаваны на», "scheduled for", "planned for"
_SCHEDULED_FOR = re.compile(r"(?:запланирова|намече|назначе|перенес|запланава|прызнача|перанес|scheduled|planned|set|slated"
                            r"|postponed|moved)\w*\s+(?:\S+\s+)?(?:на|for|to)\s+(?:the\s+)?\S*$")
_EVE = re.compile(r"(?:в преддверии|накануне|напярэдадні|ahead of|on the eve of)\s+(?:\S+\s+)?$")
# «В первой половине дня состоялась встреча …», "In the afternoon": a part of the day the text is telling of
_PART_OF_DAY = re.compile(r"(?:во? (?:первой|второй) половине дня|утром|днем|днём|вечером|ночью|[уў] (?:першай|другой) палове "
                          r"дня|раніцай|увечары|уначы|ноччу|in the (?:morning|afternoon|evening)|later that day|at night"
                          r"|tonight|(?:в|у|ў|at)\s+\d{1,2}[:.]\d\d)\b")  # (… or an hour: «В 11:00 …», "At 11:00 …")
# a proposal to hold an event is not one (GUIDE §2): «предложил провести Дни Вологды в Могилеве», «прапанаваў
# правесці», "proposed holding the Days", "suggested to hold a forum"
_PROPOSED = re.compile(r"(?:\bпредлож\w*|\bпредлага\w*|\bпрапан\w*|\bpropos\w*|\bsuggest\w*"
                       # agreed to consider it: «договорились рассмотреть возможность провести», "agreed to consider holding"
                       r"|\bдоговорил\w*\s+(?:рассмотреть|проработать|изучить)(?:\s+возможность)?|\bдамовіл\w*\s+"
                       r"(?:разгледзець|прапрацаваць|вывучыць)(?:\s+магчымасць)?|\bagreed\s+to\s+(?:consider|explore|study)"
                       r"(?:\s+the\s+possibility\s+of)?)\s+(?:\S+\s+){0,2}?"
                       r"(?:провести|проводить|организовать|устроить|правесці|праводзіць|арганізаваць|(?:to )?hold(?:ing)?"
                       r"|(?:to )?organi[sz](?:e|ing))\s+(?:\S+\s+){0,2}?$")
# a visit said to go on («визит продолжится», «продолжил визит», "the visit … will continue") is the visit already
# reported, not a new one on the day the sentence names
_GOES_ON_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:продолж|працяг|continu|will continue)\w*")
# a length after «продлится», «працягнецца» (which also says "will go on"), "will last": «працягнецца тры дні»
_LASTS_FOR = re.compile(r"(?:продл|працягн|will last|lasts?\b)\w*\s+(?:\S+\s+)?(?:дн(?:я|ей|і)|дзён|суток|сутак|недел|тыдн"
                        r"|тыдз|days?\b|weeks?\b)")
_GOES_ON_BEFORE = re.compile(r"(?:продолж|працяг|continu)\w*\s+(?:\S+\s+){0,2}?$")
# what a document provides for is its content, not an event: «План таксама прадугледжвае правядзенне сустрэч …»,
# «Соглашение предусматривает проведение ярмарок», "The road map envisages joint festivals"
_PROVIDED_FOR = re.compile(r"(?:план|документ|соглашени|договор|дорожн\w+ карт|меморандум|программ\w* сотрудничеств"
                           r"|пагадненн|дакумент|дагавор|дарожн\w+ карт|мемарандум|\bplan|\bdocument|\bagreement"
                           r"|\btreaty|road ?map|memorandum)\w*(?:\s+\S+){0,4}?\s+(?:предусматрива|предполага|предусмотр"
                           r"|прадугледжва|прадугледжан|прадугледжа|provides? for|envisages?|stipulates?|foresees?)\w*"
                           r"(?:\s+\S+){0,6}?\s*$")
_PROVIDING_WORDS = re.compile("предусм|предпола|прадугл|provide|envisag|stipulat|forese")  # (where to look at all)
_PROPOSING_WORDS = re.compile("предл|прапан|propos|suggest|договорил|дамовіл|agreed to")
# meetings with counterparts nobody names («рабочие встречи с руководством ряда регионов», "meetings with a number of
# companies"): items of a programme, not meetings of the calendar (GUIDE §3)
_INDEFINITE_WITH = re.compile(r"\w*(?:\s+\S+){0,2}?\s+(?:с|со|з|with)\s+(?:\S+\s+){0,2}?(?:ряда|рядом|ряд|нескольк\w*"
                              r"|многи\w*|различн\w*|шэрагам|шэрагу|некальк\w*|a number of|several|various|numerous)\b")
# ... and meetings (in the plural) with whole groups: «встречи с представителями бизнеса», "meetings with business"
_GROUPS_WITH = re.compile(r"\w*(?:\s+\S+){0,2}?\s+(?:с|со|з|with)\s+(?:\S+\s+){0,1}?(?:представител\w* (?:бизнеса|деловых"
                          r"|общественност|предприяти|организаци)|прадстаўнік\w* (?:бізнесу|дзелав|грамадскасц|прадпрыемств)"
                          r"|деловыми кругами|трудов\w+ коллектив\w*|студент\w*|молодеж\w*|ветеран\w*|жител\w*|business\w*"
                          r"|(?:the )?(?:students|youth|veterans|residents|workers|representatives of (?:business|companies)))")
_WITHOUT = re.compile(r"(?:\bбез|\bбяз|\bwithout)(?:\s+(?:участия|[уў]дзелу|the|a|an|any))?(?:\s+[\w-]+)?\s+$")
WITH = re.compile(r"(?:^|\s+)(?:с|со|with|з|са)\s", re.I)  # «… с …», "… with …": a counterpart follows
_LISTED = re.compile(r",\s+(?:[\w-]+\s+)?$")  # the cue is an item after a comma
# the partners listed after the ties: «… с Вологдой, Рязанью и Тамбовом», "… with Vologda, Ryazan and Tambov"
# (the towns' country may stand before them: "with Russia's Irkutsk, Volgograd and Saratov", «с российскими Иркутском,
# Волгоградом и Саратовом», "with the Russian cities of …")
_PARTNER_LIST = re.compile(r"[^.;:!?]{0,40}?\s(?:с|со|з|with)\s+(?:(?:Russia|Belarus)['’]s\s+|(?:российск|белорусск|расійск"
                           r"|беларуск)\w+\s+(?:городами\s+|гарадамі\s+)?|the\s+(?:Russian|Belarusian)\s+(?:cities|towns)\s+of\s+)?"
                           r"((?:[A-ZА-ЯЁІЎ][\w’'-]+(?:\s*,\s*|\s+(?:и|і|and)\s+)){1,6}"
                           r"[A-ZА-ЯЁІЎ][\w’'-]+)")


def _partners(text: str, at: int) -> list[str]:
    """The towns (or regions) listed as partners after ``at``, in Russian, when there are two or more."""
    m = _PARTNER_LIST.match(text, at)
    if m is None:
        return []
    names = [place_name(w) for w in re.split(r"\s*,\s*|\s+(?:и|і|and)\s+", m.group(1))]
    return list(dict.fromkeys(n for n in names if n)) if all(names) and len(names) > 1 else []


_ONE_DAY = ("день ", "дня ", "дню ", "днем ", "дне ", "дзень ", "day of ")
_JOINED = re.compile(r" (?:и|і|and) ")
_DELEGATION_WORD = WordRegex(r"\bделегаци\w*|\bдэлегацы\w*|\bгубернатор\w*|\bпредседател\w*|\bглав[аы]\b|\bпосол\b")
# … or after it: «Перспектывы зараз абмяркоўваюць старшыня аблвыканкама і госць з …»
_TWO_SIDES_AFTER = re.compile(rf"\s+(?:[^.;:!?]{{0,40}}?\s)?(?:{lx.ROLES}|гост\w*|госц\w*|guests?)[^.;:!?]{{0,100}}?\s(?:и|і|and)\s+"
                              rf"(?:the\s+)?(?:{lx.ROLES}|гост\w*|госц\w*|guests?)", re.I)
# a body's own meeting in its own office as the setting of what someone said or proposed (GUIDE §4.7: `other`): «Об
# этом на совещании в облисполкоме сообщил …», «на нарадзе ў аблвыканкаме прапанаваў», "at a meeting at the regional
# executive committee, the chairman said" — where no guest, delegation or envoy takes part
_OWN_OFFICE_SETTING = re.compile(r"(?:совещани|нарад|meeting)\w*\s+(?:в|во|у|ў|at|in)\s+(?:the\s+)?(?:[а-яёіў]+(?:ом|ым|ім)\s+)?(?:(?:regional|city|district)"
                                 r"\s+executive\s+committee|облисполком|горисполком|райисполком|аблвыканкам|гарвыканкам"
                                 r"|райвыканкам|администрац|адміністрацы|правительств|урадзе|government|administration)"
                                 # … or the sitting of such a body: «На итоговом заседании облисполкома председатель
                                 # предложил …», "At the final meeting of the regional executive committee, …"
                                 r"|(?:заседани|совещани|пасяджэнн|нарад|meeting|session|sitting)\w*\s+(?:of\s+)?(?:the\s+)?"
                                 r"(?:[а-яёіўa-z]+\s+)?(?:облисполком|горисполком|райисполком|аблвыканкам|гарвыканкам"
                                 r"|райвыканкам|(?:regional|city|district)\s+executive\s+committee|коллеги|калегі)")
_STATES = re.compile(r"\b(?:сообщил|отметил|заявил|предложил|рассказал|подчеркнул|паведамі|адзначы|заяві|прапанава"
                     r"|расказа|падкрэслі|said|noted|stated|proposed|announced|stressed)\w*")
_TWO_SIDED = re.compile(r"делегац|дэлегац|\bгост|\bгосц|\bгасц|delegation|guest|\bпосл(?:ом|а|у)\b|\bambassador")
# guests taking part from home: «подключились к встрече по видеосвязи», «далучыліся па відэасувязі», "joined by video
# link", "took part online"
_JOINED_REMOTELY = re.compile(r"(?:подключил|присоединил|падключыл|далучыл|joined|connected|took part|приняли участие"
                              r"|прынялі ўдзел)\w*\s+(?:\S+\s+){0,4}?(?:(?:по|па|via|by)\s+(?:видео|відэа|video)|(?:в|ў|у)\s+"
                              r"(?:режиме|рэжыме|формате|фармаце)\s+(?:видео|відэа|онлайн)|онлайн|online)")
# a sentence that lists a programme: «В программе были …», «В программе также была ярмарка», «У праграме — …», "The
# programme included …", "The festival's programme also featured …"
_PROGRAMME_LIST = re.compile(r"(?:(?:в|у|ў)\s+(?:программ|праграм)\w*(?:\s+\S+){0,2}?\s+(?:был[аио]?|также|таксама|былі|была|было"
                             r"|[—–:-]|входил\w*|уваходзіл\w*|включ\w*|прадугледжан\w*|предусмотрен\w*)"
                             r"|(?:the\s+)?(?:\S+\s+)?program(?:me)?\s+(?:also\s+)?(?:included|featured|comprised|offered))")
# an age reached right after a time: «в этом году исполнилось 20 лет», «сёлета спаўняецца 20 гадоў», "this year marks 20
# years"
_TURNS_AGE = re.compile(rf"\s*,?\s*(?:{AGE_REACHED})\s+(?:\S+\s+)?\d+\s+(?:{AGE_YEARS})")
# the day of the days just told an ordinal counts from the first (0)
_DAY_ORDINALS = (("втор", 1), ("друг", 1), ("second", 1), ("трет", 2), ("трэц", 2), ("third", 2))


_EVERY_YEAR_WORDS = ("ежегодн", "каждый год", "штогод", "кожны год", "every year", "annually", "each year")
_EVERY_YEAR = re.compile(r"\b(?:ежегодно|каждый год|штогод|кожны год|every year|annually|each year)\b")
_CALLING_CARD_WORDS = ("визит", "візіт", "бренд", "brand", "calling", "visiting", "hallmark", "symbol", "символ", "сімвал")
# a calling card, a brand or a symbol a gathering is said to be: «является визитной карточкой», «з'яўляецца адной з
# візітовак», «стал брендом», "is a hallmark of", "has become a symbol of" (a copula: not «прошёл фестиваль, ставший …»)
_CALLING_CARD = re.compile(r"(?:\bявля\w+|\bз.яўля\w+|\bстал[аи]?\b|\bстаў\b|\bis\b|\bare\b|\bhas become\b|\bbecame\b)"
                           r"[^.;]{0,60}?(?:визитн\w* карточ|візітн\w* карт[ао]?к|візітоўк|візітовак|визитк|бренд|brand\b"
                           r"|calling card|visiting card|hallmark|symbol|символ|сімвал)"
                           r"|(?:визитн\w* карточ|візітн\w* карт[ао]?к|візітоўк|візітовак|визитк|бренд|calling card|hallmark"
                           r"|символ|сімвал)\w*\s+(?:\S+\s+){0,3}?(?:явля\w+|з.яўля\w+|is\b|are\b)")


def _plus_days(day: str, n: int) -> str | None:
    """``day`` moved by ``n`` days; a day of a year the text leaves unknown («XXXX-10-10», a release with no date)
    within its year (reckoned in a leap year), None where it would cross into another."""
    yearless = day.startswith("XXXX")
    try:
        got = (date.fromisoformat("2000" + day[4:] if yearless else day) + timedelta(days=n)).isoformat()
    except ValueError:
        return None
    if yearless:
        return "XXXX" + got[4:] if got.startswith("2000") else None
    return got


# a legislature's session as the setting of a statement (GUIDE §4.7: `other`): "announced … during a session of the
# City Council", «заявил на сессии городского Совета», «паведаміў на сесіі»
# the verbs of saying both patterns below read (each adds its own)
_SAYING = (r"announced|said|stated|noted|told|заявил\w*|сообщил\w*|отметил\w*|рассказал\w*|заяві(?:ў|ла|лі)"
           r"|паведамі(?:ў|ла|лі)|адзначы(?:ў|ла|лі)")
_SAID_AT = re.compile(rf"(?:{_SAYING}|spoke|объявил\w*|говорил\w*|шла речь|речь шла|гаварыл\w*|ішла гаворка|ішла размова"
                      r"|расказа(?:ў|ла|лі))\b[^.;:!?]{0,80}"
                      r"(?:during|at|на|в ходе|падчас)\s+(?:a |the )?(?:\S+\s+){0,2}$")
# talks named as the time of a statement about them: «по итогам встречи заявил», «па выніках сустрэчы адзначыў», "said
# following the meeting" — the talks told before, not new ones (a saying verb in the sentence, see _SAID_WORDS)
AFTER_TALKS_WORDS = (r"(?:по итогам|по результатам|по завершении|после|во время|в ходе|па выніках|па завяршэнні|пасля"
                     r"|падчас|following|after|during|at the end of)")
AFTER_TALKS = re.compile(AFTER_TALKS_WORDS + r"\s+(?:the\s+|этой\s+|гэтай\s+)?$")
_SAID_WORDS = re.compile(rf"\b(?:{_SAYING}|сказал\w*|подчеркнул\w*|говорили|сказа(?:ў|ла|лі)|падкрэслі(?:ў|ла|лі)|гаварылі"
                         r"|stressed|talked)\b")
# what was done at an event, its past participle right before it: "the agreement signed during the visit", "agreements
# reached at the meeting", "the talks held during the visit" (the event is as past as what was done there; not
# "expected at the forum", "contracts that will be signed within the framework of this event": what lies ahead)
_DONE_AT = re.compile(r"(?<!\bbe\s)(?<!being\s)\b(?!(?:expect|schedul|plan|invit|await|slat|propos|intend|want|need|ask)ed\b)"
                      r"(?:[a-z]{2,}ed|held|made|taken|given|met|won|brought|shown|done|struck|drawn)\s+"
                      r"(?:at|during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|(?:with)?in\s+the\s+framework\s+of)"
                      r"\s+(?:a\s+|the\s+|this\s+|that\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$")
# an authority's office as the setting of talks: «В администрации округа обсудили», «У аблвыканкаме абмеркавалі», "At the
# city administration, they discussed"
_AT_THE_OFFICE = re.compile(r"(?:^|\s)(?:в|во|у|ў|at|in)\s+(?:the\s+)?(?:\S+\s+)?(?:администрац|правительств|мэри|облисполком"
                            r"|горисполком|райисполком|адміністрац|урадзе|аблвыканкам|гарвыканкам|райвыканкам"
                            r"|administration|government|city hall|executive committee)\w*,?(?:\s+\S+){0,2}\s+$")
# two places of the two sides, joined, right before the verb: «Гомель и Калуга обсудили», "Vitebsk and Pskov discussed"
_TWO_PLACES = re.compile(r"([A-ZА-ЯЁІЎ][\w-]+(?:\s+(?:област\w*|вобласц\w*|oblast|region|край|краю|kra[iy]))?)\s+(?:и|і|and)\s+"
                         r"([A-ZА-ЯЁІЎ][\w-]+(?:\s+(?:област\w*|вобласц\w*|oblast|region|край|краю|kra[iy]))?)\s*$")


def _two_sides_named(text: str, at: int) -> str:
    """«Гомель и Калуга обсудили поставки»: the subject is a place of each side, so the talks are theirs; their
    title («Встреча представителей Гомеля и Калуги»), or "" where the subject is no such pair."""
    m = _TWO_PLACES.search(text, max(0, at - 90), at)
    a, b = (place_name(m.group(1)), place_name(m.group(2))) if m else (None, None)
    if not a or not b or (country_of(a) == "Беларусь") == (country_of(b) == "Беларусь"):
        return ""
    return f"Встреча представителей {nominative_phrase(a.split(), 'gent')} и {nominative_phrase(b.split(), 'gent')}"


# the leaders of the two sides as the subject of talking: «президенты обсудят», «прэзідэнты абмяркуюць», "the presidents
# discussed", «главы государств обсудили»
_LEADERS_AS_SUBJECT = re.compile(r"(?:президенты|прэзідэнты|лидеры|лідары|главы (?:двух )?государств|кіраўнікі (?:дзвюх )?"
                                 r"дзяржаў|the (?:two )?(?:presidents|leaders|heads of state))\s+(?:\S+\s+){0,3}?$")
def _leaders_title(low: str, at: int) -> str:
    """«Переговоры президентов» where the leaders of the two sides are the subject of talking (see
    ``_LEADERS_AS_SUBJECT``), else ""."""
    m = _LEADERS_AS_SUBJECT.search(low, max(0, at - 60), at)
    if m is None:
        return ""
    said = m.group()
    return "Переговоры " + ("президентов" if any(w in said for w in ("президент", "прэзідэнт", "president"))
                            else "лидеров" if any(w in said for w in ("лидер", "лідар", "leader")) else "глав государств")


_DISCUSSED_CUE = r"\bобсудили\b|\bобговорили\b|\bабмеркавалі\b|\bdiscussed\b|\bобсуждают\b|\bабмяркоўваюць\b|\bобсудят\b|\bабмяркуюць\b|\bwill discuss\b"
# two sides named by their roles, joined, before the verb: «Губернатор … и председатель …», "The Governor … and the
# Chairman …" (no full stop or clause break between)
_TWO_SIDES = re.compile(rf"(?<![\w-])(?:{lx.ROLES})[^.;:!?]{{0,140}}?\s(?:и|і|and)\s+(?:the\s+)?(?:{lx.ROLES})[^.;:!?]*$",
                        re.I)
# a programme reported by what it held: «В программу вошли …», «Программа включала …», "The programme featured …"
# preparing for an event: «готовятся к проведению фестиваля», «подготовка к форуму», «рыхтуюцца да», "preparing for the"
_PREPARING = re.compile(r"(?:подготовк\w*|готов(?:ит|ят|ил|ых)\w*|рыхту\w*|падрыхто\w*)\s+(?:к|ко|да)\s+(?:\S+\s+){0,2}$"
                        r"|\bprepar(?:ing|ations?|e)\s+(?:for|to)\s+(?:the\s+)?(?:\S+\s+){0,3}$"
                        # the body that prepares it: «пасяджэнне арганізацыйнага камітэта Міжнароднага фестывалю»
                        r"|(?:организационн\w+ комитет\w*|оргкомитет\w*|арганізацыйн\w+ камітэт\w*|аргкамітэт\w*)\s+"
                        r"(?:по подготовке |па падрыхтоўцы )?(?:\S+\s+){0,2}$"
                        r"|\borgani[sz]ing committee (?:of|for) (?:the\s+)?(?:\S+\s+){0,3}$")
# made ready to be signed: «одобрен к подписанию», «ухвалены да падпісання», "approved for signing"
_FOR_SIGNING = re.compile(r"\bк\s+подписанию\b|\bда\s+падпісання\b|\bfor\s+(?:signing|signature)\b"
                          r"|\b(?:передан\w*|направлен\w*|перададзен\w*|накіраван\w*)\s+(?:\S+\s+){0,3}?(?:для|на)\s+"
                          r"(?:подписани[яе]|подпись|падпісанн[ея]|подпіс)\b"
                          r"|\b(?:handed|passed|sent)\s+(?:over\s+)?(?:\S+\s+){0,5}?for\s+signature\b")
# («передано для подписания»: a paper passed on, no signing yet — but "is to be signed by March" is one scheduled)
# the paper of a session: «протокол четвертого заседания», «пратакол пасяджэння», "the minutes of the meeting"
_MINUTES_OF = re.compile(r"(?:\bпротокол\w*|\bпратакол\w*|\bminutes\s+of(?:\s+the)?|\bprotocol\s+of(?:\s+the)?)\s+(?:\S+\s+)?$")
# the date of an event, made known: «Дата переговоров стала известна», «Дата перамоваў стала вядомая», "the date of the
# talks was announced", «сроки визита определены»
_DATE_OF = re.compile(r"(?:\bдат[аыуе]|\bсрок\w*|\bтэрмін\w*|\bdate\s+of(?:\s+the)?|\bdates\s+of(?:\s+the)?)\s+(?:\S+\s+)?$")
_MADE_KNOWN = re.compile(r"стал[аио]?\s+известн|сталі?\s+вядом|стала\s+вядом|анонсирова|анансава|объявлен|абвешчан"
                         r"|определен|вызначан|назван|became\s+known|(?:was|were)\s+(?:announced|set|made\s+public)")
# «в деловой программе встречи», «у праграме візіту», "the programme of the visit": a gathering as a programme's frame
_PROGRAMME_OF_IT = re.compile(r"(?:программ|праграм)\w*\s+(?:[а-яёіў]+(?:ой|ай|ая|ую)\s+)?$|\bprogram(?:me)?\s+of\s+(?:the\s+)?$")
_PROGRAMME_HELD = re.compile(r"\bprogram(?:me)?\b(?:\s+\S+){0,2}?\s+(?:also\s+)?(?:will\s+(?:also\s+)?)?(?:featured"
                             r"|included|comprised|includes?|features?|comprises?)\b"
                             r"|\b(?:forum|days|festival|fair)\b(?:\s+\S+){0,2}?\s+(?:will\s+)?(?:also\s+)?feature[sd]?\b"
                             r"|\bв программ[уе] (?:\S+\s+){0,3}?(?:вошл|был\w* включен|войд|включен|включ\w+)\w*"
                             r"|\bпрограмм\w* (?:\S+\s+){0,3}?(?:включал\w*|состоял\w*|включает|включит|будет включать"
                             r"|предусматрива\w*|предусмотрен\w*)|\bу праграм[уе] (?:\S+\s+){0,3}?(?:увайшл|ўвайшл|увойдуць"
                             r"|уключан)\w*|\bпраграм\w* (?:\S+\s+){0,3}?(?:[уў]ключал|складал|[уў]ключае|прадугледжва)\w*")
_HELD_NOW = re.compile(r"\b(?:проводится|проводятся|праводзіцца|праводзяцца|(?:is|are) (?:usually )?held)\b")
# a relative clause right after a cue's noun phrase, that tells of the cue's event: «поездки в Минск, в которую
# отправилась делегация», «паездкі, у якую адправілася», "a trip to Minsk, on which the delegation has set off"
_RELATIVE_AFTER = re.compile(r"\w*(?:\s+(?!котор|як|which|that|куда|куды)[\w-]+){0,4}?,\s+(?:(?:в|во|на|у|ў|on|in)\s+)?"
                             r"(?:котор\w+|як(?:ая|ую|ой|ім|і|ое)|куда|куды|which|that|where)\s")
_EARLIER = re.compile(r"(?:ранее|раней|раньше|previously|earlier)\b")


def set_apart(c: Cand) -> bool:
    """«Ранее тульская делегация …», "Earlier, …": a sentence the text opens as an earlier happening, not the one
    it reports (GUIDE §5)."""
    return bool(_EARLIER.match(c.sent.low)) and not _REPORTED_EARLIER.match(c.sent.low)


# «Ранее сообщалось, что …», "Earlier it was reported …": an earlier report, maybe of the same event
_REPORTED_EARLIER = re.compile(r"\w+[\s,]+(?:\S+\s+){0,2}?(?:сообща|писал|информирова|известно|рассказыва|говорил|паведамля"
                               r"|пісал|расказва|it was |reported|announced|said|wrote)")
_GOES_ON = re.compile(r"\b(?:также|тоже|затем|потом|после этого|кроме того|таксама|затым|пасля гэтага|also|then"
                      r"|afterwards)\b")  # a sentence that goes on with the day just told
_LATER = re.compile(r"(?:позднее|позже|впоследствии|пазней|пасля гэтага|later|subsequently)\b")
_TERM_IN = re.compile(r"(?:на|for)\s")  # a mention that holds its «на»: "for the next year"
THAT_DAY = _THAT_DAY = re.compile(r"\bв (?:этот|тот) (?:же )?день|\b[уў] (?:гэты|той) (?:жа? )?дзень|\bon (?:this|that|the same) day"
                       r"|\b(?:that|the same) day\b")  # ("… also met with the leadership that day")
_DATED_BY = re.compile(r"\s*(?:(?:от|ад|of|dated)\s+)?$")
# an act that is no document of the cooperation: a resolution, decree, order or law (and its number and day)
_ACT = (r"\b(?:постановлени|пастанов|решени|рашэнн|указ|распоряжени|распараджэнн|загад|приказ|закон"
        r"|resolution|decree|order|law)\w*")
_OTHER_ACT = re.compile(_ACT)
_ACT_DATED = re.compile(_ACT + r"(?:\s+\S+){0,3}?\s+(?:№|no\.?)\s*[\d-]+\s+(?:от|ад|of|dated)\s*$")
_TWIN_STATE = re.compile(r"(?:являются|являлись|з'яўляюцца|з’яўляюцца|are|have been)\b")  # a state, not a becoming
_OF_DATE = re.compile(r"(?<!\w)(?:от|ад|of|dated)\s+$")
# a forum, conference or congress is a meeting of the calendar, but a gathering of its own kind: what «на
# форуме» recalls, and never the date of a talk or plenary session held inside it
_GATHERING = re.compile(r"форум|forum|конференц|канферэнц|conference|конгресс|congress|съезд|саммит|саміт|summit")

# a sitting of a body (a session, a conference call) is another meeting than talks with a counterpart (GUIDE §3)
_SITTING = re.compile(r"заседани|совещани|пасяджэнн|нарад|session|sitting|videoconf|видеоконф"
                      r"|meeting of the (?:\S+\s+){0,5}?(?:commission|council|working group|committee|board)")


def kind(c: Cand) -> str:
    """The candidate's type, with «forum» apart from other meetings (what a later mention refers back to)."""
    if c.type == "meeting" and (_GATHERING.match(c.sent.low, at := c.pos - c.sent.start)
                                or (dash := c.sent.low.find("-", at, at + 14)) > 0
                                and _GATHERING.match(c.sent.low, dash + 1)):
        return "forum"  # (and «ІТ-форум», «бизнес-форум», "IT-forum")
    if c.type == "meeting" and _SITTING.match(c.sent.low, c.pos - c.sent.start):
        return "session"
    return c.type


_kind_of = kind  # (``sentence_events`` names a local ``kind`` and ``head``)
_head_of = head


DEFAULT_TITLE = {"meeting": "Встреча", "visit": "Визит", "fair": "Ярмарка", "festival": "Фестиваль",
                 "commemoration": "Памятная дата", "agreement": "Подписание соглашения", "plan": "План",
                 "other": "Мероприятие"}


@dataclass
class Cand:
    """An event candidate read from one sentence; the document pass dates, merges and places it."""

    type: str
    sent: Sentence
    pos: int  # offset of the cue in the document
    start: str | None
    end: str | None
    how: str  # mention | computed | live | inherited | default | future
    title: str = ""
    location: str | None = None
    people: tuple[str, ...] = ()
    recurrence: str | None = None
    first_year: int | None = None
    base: str | None = None
    sources: list[Sentence] = field(default_factory=list)
    merged: list[Cand] = field(default_factory=list)  # candidates absorbed into this one
    time: str | None = None  # HH:MM when the sentence gives a time of day («в 20:30», "at 10.00")
    lang: str = "ru"
    composed: bool = False  # the title is already a Russian phrase built from the event's parts, in any language
    body: str = ""  # the body it is held at, where one cue names talks at two («в правительстве и облисполкоме»)
    lead: str | None = None  # the Russian head its title is composed with («Форум» for "the second, in Sochi in 2015")
    host: str = ""  # who holds talks with one of two counterparts, as written («Владислава Шапши»)
    counterpart: str = ""  # … and that counterpart, as written («Премьер-министром РБ Романом Головченко»)
    greeting: bool = False  # an anniversary named by a greeting: an event only where the text also marks it
    members: bool = False  # a visit read off a list of a delegation's members («В составе делегации — …»)
    guest: str = ""  # the visitor in the Russian genitive, where talks name him and the visit's words do not
    hedged: bool = False  # its day is the publication day though its sentence names no day: the year is what is known

    @property
    def explicit(self) -> bool:
        return self.how not in ("default", "future")


@dataclass
class Context:
    """What a sentence may borrow from the document read so far."""

    pub: str | None
    prev: tuple[int, str | None, str | None] | None = None  # (line, start, end) of the last dated sentence
    prev_ahead: bool = False  # ... which announces its event (what a report says next is not held on that day)
    prev_day: str | None = None  # MM-DD of the last day named («в этот день»)
    prev_date: str | None = None  # ... and that day whole (YYYY-MM-DD or XXXX-MM-DD), when a mention gave it
    day_line: tuple[int, str] | None = None  # (line, day) of the last single day a sentence named, event or not
    recall: Callable[[str], tuple[str | None, str | None] | None] = lambda t: None


def called_upcoming(c: Cand) -> bool:
    """The text calls ``c`` ahead where it names it («предстоящее празднование 75-летия», "the upcoming forum")."""
    at = c.pos - c.sent.start
    return bool(_CALLED_UPCOMING.search(c.sent.low, max(0, at - 60), at))


_THIS_YEAR = re.compile(r"\b(?:this|current)\b|\bэтом\b|\bтекущем\b|\bгэтым\b|\bбягучым\b|\bсёлета\b|\bселета\b|\bнынешнем\b")
_CALLED_UPCOMING = re.compile(r"(?:предстоящ|грядущ|будуч|upcoming|forthcoming)\w*\s+(?:[\w-]+\s+){0,4}$")


# what a day or a programme was full of: "packed with", "filled with", "full of", «насыщен(а) …», «наполнен», «багаты на»
_PACKED_WITH = re.compile(r"(?:packed|filled|crammed|busy)\s+with\s+(?:\S+\s+){0,5}$|full\s+of\s+(?:\S+\s+){0,5}$"
                          r"|(?:насыщен|наполнен|насычан|напоўнен)\w*\s+(?:\S+\s+){0,5}$|багат\w* на\s+(?:\S+\s+){0,5}$")
# a session named with the forum it belongs to: "session of the 10th Forum", «заседания XI Форума», «пасяджэння Форуму»
_PLENARY_OF_FORUM = re.compile(r"\S+(?:\s+of)?(?:\s+the)?\s+(?:\S+\s+){0,1}?(форум\w*|forum)\b")
# a forum named as the frame of what the sentence reports: «в рамках Форума», «на палях форуму», "on the sidelines of the
# forum" (group 1: the forum's word)
_FORUM_FRAME = re.compile(r"(?:в рамках|на полях|в ходе|во время|[уў] рамках|падчас|на палях|on the sidelines of|within the"
                          r" framework of|during|as part of|in the framework of)\s+(?:the\s+)?(?:\S+\s+){0,4}?(форум\w*|forum)\b")
# (up to four words before the noun: «на полях Петербургского международного экономического форума»)
# a meeting or visit agreed on, an intention: «договорились о встрече», «дамовіліся аб сустрэчы», "agreed to meet", "agreed
# on a visit"
_AGREED_ON = re.compile(r"(?:договорил\w*|условил\w*|дамовіл\w*|agreed)\s+(?:о|об|аб|пра|on|to|upon)\s+(?:\S+\s+)?$")
# an event named as the time of another: «После встречи …», «Перед визитом …», «Пасля сустрэчы …», "After the meeting"
_AFTER_IT = re.compile(r"(?:^|[,;]\s*)(?:сразу\s+|адразу\s+)?(?:после|перед|пасля|перад|after|before|following|накануне|напярэдадні"
                       r"|on the eve of)\s+(?:the\s+)?"
                       r"(?:\S+\s+)?$")
_VIDEO = ("видеоконф", "відэаканф", "video")
# a videoconference as the way of taking part: «в режиме видеоконференции», «у рэжыме відэаканферэнцыі», "via
# videoconference", "(by videoconference)"
_AS_A_MODE = re.compile(r"(?:в режиме|в формате|посредством|[уў] рэжыме|[уў] фармаце|праз|via|by|through|in the format of"
                        r"|by means of)\s+(?:\S+\s+)?$")
# a sentence that opens on the event just told: «Мероприятие посетили …», «В мероприятии приняли участие …», «У ім
# узялі ўдзел …», "The event was attended by …", "It was attended by …"
_BACK_TO_IT = re.compile(r"(?:(?:в|во|у|ў)\s+)?(?:мероприяти\w*|мерапрыемств\w*|нем|нём|ней|ім|ёй)\b|(?:the (?:event|meeting"
                         r"|session)|it)\s+(?:was|were|is)\s+attended\b")


_BRIDGE = re.compile(lx.BRIDGE)
THEMED = _THEMED_MEETING = re.compile(lx.THEMED_MEETING)  # (events.py reads it too)
# a visit made on an invitation: «по приглашению губернатора», «па запрашэнні», "at the invitation of", "invited by",
# «приглашённая губернатором делегация»
ON_INVITATION = _ON_INVITATION = re.compile(r"по\s+приглашени|па\s+запрашэнн|at\s+the\s+invitation|invited\s+by|приглаш[её]нн|запрошан")


def _invited_to_come(low: str, invites: list[re.Match]) -> bool:
    """An invitation in the sentence that asks someone to come, not one a visit was made on."""
    return any(not _ON_INVITATION.match(low, max(0, m.start() - 3)) and not _ON_INVITATION.match(low, m.start())
               and not low.startswith("invited by", m.start()) for m in invites)
_INVITED_TO = re.compile(rf"(?:{lx.INVITATION})(?:\s+\S+){{0,4}}?\s+(?:на|в|во|у|ў|to|for)\s+(?:the\s+)?(?:\S+\s+){{0,3}}$")
_BY_PLACE = re.compile(r"[а-яёіў]{3,}(?:цев|чан|жан|ян|ичей|цаў|ічаў)")


def _place_right_after(text: str, at: int) -> bool:
    """A place named right after ``at`` («… из Брянска, где …», "from Bryansk"): a capitalised word the gazetteer knows."""
    m = _NAME_NEXT.match(text, at)
    return m is not None and (name := place_name(m.group(1))) is not None and name not in COUNTRIES


_NAME_NEXT = re.compile(r"\s+(?:the\s+)?([A-ZА-ЯЁІЎ][\w-]+)")


def _received_nobody_from_elsewhere(low: str, cue: re.Match[str]) -> bool:
    """A reception cue read off the received people's name («принял белгородцев», «белгородцев принял председатель»)
    whose word names no town's people the gazetteer knows (GUIDE §4.6: guests from elsewhere)."""
    after = low[cue.start():].split()[1:2]
    before = low[:cue.start()].split()[-1:]
    words = [w.strip(",.;:«»") for w in after + before if _BY_PLACE.fullmatch(w.strip(",.;:«»"))]
    if not words or any(w in cue.group() and ("делегац" in cue.group() or "дэлегац" in cue.group()
                                              or "гост" in cue.group()) for w in words):
        return False
    return not any(names_people_of_a_place(w) for w in words)
_WHEN_THEN = re.compile(r"(?:\s+(?:года|году|год|г\.|годзе))?\s*,\s+(?:когда|калі|when)\s")
_COORDINATED = re.compile(r",\s+(?:а|и|і|and|but|while)\s")  # a coordinated clause opens after it


def _in_another_clause(low: str, pos: int, at: int) -> bool:
    """A clause mark between the cue at ``pos`` and ``at`` that opens no relative clause of the cue's own
    («к фестивалю, который пройдет 5 июля» keeps the day the festival's)."""
    mark = CLAUSE_MARK.search(low, pos, at)
    if mark is None or _OWN_CLAUSE.match(low, mark.end() + 1):
        return False
    rel = _RELATIVE.match(low, mark.end())  # («к фестивалю, который пройдёт в августе»: a month, no digit)
    return rel is None or at - rel.end() > 80 or CLAUSE_MARK.search(low, rel.end(), at) is not None


def split(value: str) -> tuple[str | None, str | None]:
    a, _, b = value.partition("/")
    return a, (b or None)


_BY_UNITY = "День народного единства (Беларусь)"  # Belarus's day, 17 September (since 2021) …
_RU_UNITY_DAY = ("День народного единства", 11, 4, 2005)  # … and Russia's, 4 November, in Belarusian words


ASIDE = re.compile(r"\((?:[^()\s]+\s+){3,}[^()]*\)")  # an aside in parentheses of four words or more (events.py too)
_AGO_BEFORE = re.compile(r"(?:назад|таму|ago)\s*\($")  # a count of years ago right before an aside


_TODAY_WORDS = ("сегодня", "сёння", "today")
# what a kind of event is, said of it as the subject: «… - это действенный инструмент», «… является эффективной формой»,
# «… — гэта інструмент», "… is an effective tool"
_DEFINED = re.compile(r"[^.;:!?\-–—]{0,50}?(?:\s[-–—]\s+(?:это|гэта)\s|\s(?:является|являются|з['’]яўляецца|з['’]яўляюцца)\s+"
                      r"(?:\w+\s+){0,2}?(?:инструмент|механизм|форм|площадк|способ|інструмент|механізм|пляцоўк|спосаб)"
                      r"|\s(?:is|are)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:tool|instrument|mechanism|way|form|platform)s?\b)")


# the days before a named day: «накануне Дня Победы», «в канун Дня единения», «напярэдадні Дня Перамогі», «у
# пярэдадзень свята», "on the eve of Victory Day", "in the run-up to Unity Day"
_EVE_OF = re.compile(r"(?:накануне|в канун|напярэдадні|[уў] пярэдадзень|on the eve of|in the run-up to|ahead of)\s+"
                     r"(?:the\s+|самого\s+)?")


def _eve_of_day(low: str, named: tuple) -> str | None:
    """The month («05») of the eve of the named day the sentence puts its event before, if it does."""
    for m in _EVE_OF.finditer(low):
        for rx, _, month, day, _, kind in named:
            if kind == "commemoration" and (hit := rx.search(low[m.end(): m.end() + 80])) and hit.start() == 0:
                eve = date(2001, month, day) - timedelta(days=1)
                return f"{eve.month:02d}"
    return None


# a day marked with something, that something's noun in the instrumental next: «отметили встречей», «адзначылі
# канцэртам», "was marked with a meeting"
_MARKED_WITH = re.compile(r"\b(?:отметил[иа]?|отмечают|отметят|отпраздновал[иа]?|адзначыл[іа]|адзначаюць|адзначаць"
                          r"|адсвяткавал[іа])\s+(?:[^\s,.;:!?]+\s+){0,8}?$")
_MARKED_WITH_EN = re.compile(r"\b(?:marked|celebrated)\s+(?:[^\s,.;:!?]+\s+){0,6}?with\s+(?:a\s+|an\s+|the\s+)?$")
_INSTRUMENTAL = re.compile(r"\w+(?:ей|ой|ом|ем|ами|ями|ай|ам|ям|амі|ямі)\b")


# what a paper carries out, named after it: «план … по реализации соглашения», «па рэалізацыі пагаднення», "a plan … to
# implement the agreement", «к Соглашению»
_CARRIES_OUT = re.compile(r"(?:\b(?:по|о|об|для)\s+(?:реализации|выполнению|исполнению|выполнения|исполнения)"
                          r"|\b(?:па|аб|для)\s+(?:рэалізацыі|выкананню|выканання)|\bto\s+(?:implement|carry\s+out|fulfil)"
                          r"|\b(?:for|on)\s+(?:the\s+)?(?:implementation|implementing)\s+of|\bк|\bда)\s+(?:the\s+)?$")


_PLANNED_GERUND = re.compile(r"(?:планируя|организуя|готовя|рыхтуючы|плануючы|арганізуючы|(?:while\s+)?(?:planning|arranging))"
                             r"\s+(?:и\s+\S+\s+|і\s+\S+\s+|and\s+\S+\s+)?(?:the\s+|a\s+)?$")


def sentence_events(s: Sentence, own: list[Mention], ctx: Context) -> list[Cand]:
    """Every event candidate of sentence ``s``; ``own`` are the mentions inside it."""
    low, pub = s.low, ctx.pub
    out: list[Cand] = []
    starts = _starts(low)
    if not may_hold_event(low, starts, bool(own)):
        return out
    rel = [x.start - s.start for x in own]  # sorted, as the mentions are

    def after(pos: int, limit: int) -> list[Mention]:
        """The mentions that start within ``limit`` characters after ``pos`` (binary search)."""
        i = bisect.bisect_left(rel, pos)
        j = bisect.bisect_right(rel, pos + limit)
        return own[i:j]

    used: set[int] = set()  # mentions inside a quoted name or already owned by a plan or a document
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(s.text)] if "«" in s.text or '"' in s.text \
        or "“" in s.text else []
    for qa, qb in quoted if own else ():
        used.update(x.start for x in after(qa, qb - qa - 1))

    ok, cues, named, meeting_cues = _possible(starts)

    def find(rx: WordRegex) -> re.Match | None:
        return rx.search(low) if id(rx) in ok else None

    def every(rx: WordRegex) -> list[re.Match]:
        return list(rx.finditer(low)) if id(rx) in ok else []

    memo: dict[str, Any] = {}

    def future(at: int | None = None) -> bool:
        """An announcement (computed once, only when a date must be chosen): a future form in the sentence, and
        at ``at`` none that the cue's own clause puts in the past («провела встречу в Полоцке, …, поскольку
        форум охватит три города»: the meeting is reported, the forum announced)."""
        if "f" not in memo:
            memo["f"] = announces(low)  # (cached: the document pass asks it of the same sentence)
        if not memo["f"] or at is None:
            return memo["f"]
        key = f"f{at}"
        if key not in memo:
            memo[key] = clause_tense(low, at, at + 1) != "past" and not (
                (rel := _RELATIVE_AFTER.match(low, at)) and clause_tense(low, rel.end(), rel.end() + 1) == "past") \
                and not _SAID_AT.search(low, max(0, at - 120), at) and not _DONE_AT.search(low, max(0, at - 80), at)
            # ("… will be held in 2024, she said at the meeting": the setting of the saying is as past as the saying;
            # "the agreement signed during the visit will help": the setting of what was done, as past as the deed)
            # («встретится … во время рабочей поездки в Минск, в которую отправилась делегация»: the trip its own
            # relative clause tells in the past is going on, whatever the talks ahead)
        return memo[key]

    sign = find(_SIGN)
    for m in (every(_PLAN) if own else ()):  # a plan needs its period beside it
        period = next((x for x in after(m.end(), 250) if _PERIOD.fullmatch(x.value)), None)
        until = None if period else next((x for x in after(m.end(), 160) if _YEAR.fullmatch(x.value)
                                          and not any(ch in low[m.end(): x.start - s.start] for ch in ".;!?")
                                          and (_UNTIL.search(low, max(0, x.start - s.start - 6), x.start - s.start)
                                               or _UNTIL_IN.match(x.text.lower()))
                                          and pub and pub[:4] <= x.value), None)
        if until is not None:  # «план до 2023 года»: from the year it is signed in (the publication's) to that one
            period = replace(until, value=f"{pub[:4]}/{until.value}") if pub else None
        one = None if period or future() else next((x for x in after(m.end(), 120) if _YEAR.fullmatch(x.value)
                                        and (_TERM.search(low, max(0, x.start - s.start - 8), x.start - s.start)
                                             or _TERM_IN.match(x.text.lower()))), None)
        if one is not None:  # «план мероприятий на 2013 год», "the plan … for 2013": a plan of one year
            period = replace(one, value=f"{one.value}/{one.value}")
        if period is None or period.start in used:
            continue
        if _DRAFT.search(low, max(0, m.start() - 40), m.start()):
            used.add(period.start)  # «проект нового плана на 2026-2028 годы»: a draft is no plan yet
            continue
        used.add(period.start)
        a, b = split(period.value)
        words = s.text[m.start(): period.end - s.start].split()
        if len(words) > 18:
            head = words[:6]
            while len(head) > 1 and re.fullmatch(r"(?:в|во|на|с|со|по|и|к|о|об|для|от|из|за|у|между|паміж|of|and|"
                                                  r"between|the)", head[-1].lower()):
                head.pop()  # «Дорожная карта по реализации соглашения между … на 2024-2026 годы»
            words = head + s.text[period.start - s.start - 3: period.end - s.start].split()
        if m.start() and low[m.start() - 1] in "«\"“":  # «Дорожная карта»: keep its opening quote
            words[0] = s.text[m.start() - 1] + words[0]
        out.append(Cand("plan", s, s.start + m.start(), a, b, "mention",
                        title=nominative_phrase(clean(" ".join(words)).split())))
    def _dated_far(m: re.Match, later: list[Mention]) -> Mention | None:
        """«соглашения о торгово-экономическом … сотрудничестве между Беларусью и Курской областью от 29 сентября
        2020 года»: the document's day after its long name, «от» (of, dated) right before it, within the clause."""
        for y in later:
            at = y.start - s.start
            if y.start in used or len(y.value) != 10 or not _OF_DATE.search(low, max(0, at - 7), at):
                continue
            between = low[m.end(): at]
            return None if any(ch in between for ch in ".;:()№") or _DOC.search(between) or _OTHER_ACT.search(between) \
                else y  # (but «дамовы …, пра гэта сведчыць пастанова №551 ад 22 верасня»: the act's day)
        return None

    doc_nouns = every(_DOC) if own or sign else []
    for m in doc_nouns:
        x = next((x for x in after(m.end(), 8) if x.start not in used), None)
        if x is None or not _DATED_BY.match(low[m.end(): x.start - s.start]) \
                or x.text.lower().startswith(("in ", "on ", "в ", "во ", "у ", "ў ")):
            # ("signed a cooperation agreement in 2006": when it was signed, not the document's own date)
            x = _dated_far(m, after(m.end(), 160)) if x is None else None
        if x is None:
            continue
        used.add(x.start)
        a, b = split(x.value)
        out.append(Cand("agreement", s, s.start + m.start(), a, b, "mention",
                        title=re.sub(r"\s(гг?)$", r" \1.", nominative_phrase([clean(s.text[m.start(): m.end()])])
                                     + " от " + x.text)))

    def date_for(pos: int, type_: str) -> tuple[str | None, str | None, str]:
        best = None
        if "words" not in memo:  # the patterns' words, looked for once a sentence that has a date to choose
            memo["words"] = True
            memo["upcoming"] = bool(own) and any(w in low for w in _UPCOMING_WORDS)
            memo["appointed"] = bool(own) and any(w in low for w in _APPOINTED_WORDS)
        appointed = memo["appointed"]
        ahead = pub is not None and memo["upcoming"] and bool(_UPCOMING.search(low, max(0, pos - 30), pos)
                                                              or _AT_UPCOMING.search(low, pos, pos + 60))
        fine: list[Mention] = []  # every mention that may date the cue
        aside = memo.get("parens")
        if aside is None:
            aside = memo["parens"] = [(p.start(), p.end()) for p in ASIDE.finditer(low)] if "(" in low else []
        for x in own:
            if x.start in used:
                continue
            if aside and any(a <= x.start - s.start < b and not _AGO_BEFORE.search(low, max(0, a - 40), a + 1)
                             for a, b in aside) and not any(a <= pos < b for a, b in aside):
                continue  # «прошло второе заседание … (первое заседание состоялось в апреле прошлого года, …)»: a date
                # in parentheses is of what they tell, not of the event outside them (but «более 10 лет назад (в 2012
                # году …)», "ten years ago (in 2012 …)": the count's own year, told exactly)
            if aside and x.text.lower().endswith(("назад", "таму", "ago")) \
                    and any(0 <= a - (x.end - s.start) <= 3 for a, _ in aside):
                continue  # … and so the count itself yields to it
            if ahead and x.value[:10] <= pub[:10] and not (  # type: ignore[index]
                    x.value[:10] == pub[:10] and x.text.lower().startswith(_TODAY_WORDS)):  # type: ignore[index]
                continue  # "date 2017-06-26 … at the upcoming Forum": what is ahead is not held on that day or before
                # (but «Сегодня губернатор примет участие в …» is today's)
            if pub and x.value[:4].isdigit() and x.value[:4] > pub[:4] \
                    and _WAS_HELD_AT.search(low, max(0, pos - 40), pos + 40):
                continue  # «состоявшегося заседания … перспектив взаимодействия в 2022 году» in 2021: what was held
                # is not dated after the report (a later year is a topic's)
            if _YEAR.fullmatch(x.value) and (_UNTIL_IN.match(x.text.lower()) or _UNTIL.search(
                    low, max(0, x.start - s.start - 6), x.start - s.start)):
                continue  # «план … до 2020 года», "a plan … by 2020": a deadline, the plan's end, no day of an event
            if _PERIOD.fullmatch(x.value) and x.value[:4] != x.value[5:]:
                continue  # «подписали Протокол … о мероприятиях в 2024-2028 годах»: years are a programme's, no
                # signing, forum or visit lasts them (a plan takes its period above)
            if _YEAR.fullmatch(x.value) and (_STAT.search(low[: x.start - s.start]) or _SINCE.match(x.text.lower())) \
                    and not (x.end - s.start < pos and _WHEN_THEN.match(low, x.end - s.start)):
                continue  # (but «продолжается с 2017 года, когда был подписан договор»: the year of the clause that
                # says what happened then)
            if len(x.value) == 7 and type_ != "agreement" and (_SINCE.match(x.text.lower())
                                      or _SINCE_BEFORE.search(low, max(0, x.start - s.start - 7), x.start - s.start)):
                continue  # «отношения, которые развиваются с марта 2023 года», "since March 2023": when a state began,
                # as «с 2023 года» (no day of an event; but «с марта 2023 года, после подписания соглашения» dates it)
            if (type_ == "agreement" and _PERIOD.fullmatch(x.value) or _YEAR.fullmatch(x.value)) \
                    and not x.text.lower().startswith(("прошлогодн", "леташн", "last year")) \
                    and (_TERM.search(low[max(0, x.start - s.start - 8): x.start - s.start])
                         or _TERM_IN.match(x.text.lower())) \
                    and not (type_ != "agreement" and _SCHEDULED_FOR.search(low, max(0, x.start - s.start - 30),
                                                                            x.start - s.start + 4)):
                # (but «визит запланирован на этот год», "is scheduled for this year": when it is held)
                continue  # «соглашение о сотрудничестве на 2023-2027 годы», «программа на 2019 год», "the program
                # for the next year": a term, not the day of the event
            if _YEAR.fullmatch(x.value) and _NAMED_BY_YEAR.search(low, max(0, x.start - s.start - 30), x.start - s.start):
                continue  # «победы в Отечественной войне 1812 года», "heroes of 1812": a year in a name, no date
            if _YEAR.fullmatch(x.value) and type_ == "commemoration" \
                    and _FELL_IN.search(low, max(0, x.start - s.start - 60), x.start - s.start):
                continue  # «плиты воинам, погибшим при обороне Могилёва в 1941 году»: the year of those it honours
            if _REPORTED.search(low, max(0, x.start - s.start - 40), x.start - s.start):
                continue  # «анонсировался еще накануне»: when it was said, not when it happens
            if len(own) > 1 and _TURNS_AGE.match(low, x.end - s.start):
                continue  # «Подписанию соглашения в этом году исполнилось 20 лет: документ был подписан в 2005 году»:
                # the year the act turns an age is its anniversary's, not the act's
            if _DOC_DATE.search(low, max(0, x.start - s.start - 6), x.start - s.start) and (
                    type_ != "agreement" or _ACT_DATED.search(low, max(0, x.start - s.start - 60), x.start - s.start)):
                continue  # «постановление № 551 от 22 сентября»: a document's own date dates no meeting, and an act's
                # no signing of another document
            if type_ != "agreement" and x.start - s.start > pos \
                    and _SIGNED_BEFORE.search(low, max(pos, x.start - s.start - 40), x.start - s.start):
                continue  # «обсудили обновление соглашения, заключенного 25 лет назад»: the document's date
            if x.start - s.start < pos and (eve := _EVE.search(low, max(0, pos - 24), pos)) is not None \
                    and not eve.start() <= x.start - s.start < eve.end():
                continue  # «30 августа в преддверии визита»: the day before the visit, not the visit's (but «Накануне
                # состоялось совещание»: the eve word is the mention, the day before the report)
            if _PREPARING.search(low, max(0, pos - 60), pos) and (x.start - s.start < pos
                                                                   or _in_another_clause(low, pos, x.start - s.start)):
                continue  # «22 июня … готовятся к проведению фестиваля», "preparing for the festival, … told the media
                # after the meeting on 5 June": the day of the preparations or of another clause (but «к фестивалю,
                # который пройдет 5 июля» is the festival's own)
            if appointed and _APPOINTED.search(low, max(0, x.start - s.start - 24), min(len(low), x.end - s.start + 24)):
                continue  # «с Александром Власовым, с 1 апреля назначенным на должность»: the day of the post
            if _YEAR.fullmatch(x.value) and _in_another_clause(low, min(pos, x.start - s.start), max(pos, x.start - s.start)) \
                    and clause_tense(low, x.start - s.start, x.end - s.start) == "future" \
                    and (clause_tense(low, pos, pos + 1) == "past" or _SAID_AT.search(low, max(0, pos - 120), pos)):
                continue  # "the campaign … will be held at a high level in 2024, Kochanova said at the opening meeting":
                # the year of what another clause announces is no day of what this one reports
            if x.start - s.start < 40 and _DATELINE_AT.match(s.text, 0, x.start - s.start):
                if len(own) == 1 and not future(pos) and len(x.value) == 10:
                    memo["dateline"] = x.value  # (where the sentence gives no other date, the dateline dates the
                    # lead event it reports, GUIDE §5 — as loosely as a report's day: a finer day told after wins)
                continue  # "MOGILEV, 14 June (BelTA) - … on 13 June": the dateline dates the report
            d = abs(x.start - s.start - pos)
            if x.start - s.start < pos and any(c.sent is s and c.pos - s.start < x.start - s.start
                                               and not CLAUSE_MARK.search(low, c.pos - s.start, x.start - s.start)
                                               for c in out):
                d += 1000  # «форум пройдет 5 июля в рамках визита … 3-8 июля»: a day in an earlier cue's clause is
                # that event's; this cue takes one of its own first (but «…, а 11 марта открылся Форум» is the forum's)
            if x.start - s.start > pos and any(c.sent is s and pos < c.pos - s.start < x.start - s.start
                                                and c.type != type_ for c in out) \
                    and not CLAUSE_MARK.search(low, pos, x.start - s.start):
                d += 1000  # "documents were signed during the visit … to Kursk on 15 April": a day after another
                # event's cue is that event's; this one is dated by it (as a part of its container)
            if x.start - s.start > pos and _COORDINATED.search(low, pos, x.start - s.start):
                d += 500  # «23 августа гости приняли участие в возложении венков, а днём ранее провели переговоры»: a
                # day told after «, а», ", and" opens the next clause's event; a day of the cue's own clause goes first
            fine.append(x)
            if best is None or d < best[0]:
                best = (d, x)
        if best and len(best[1].value) == 4 and _THIS_YEAR.search(best[1].text.lower()) \
                and (finer := next((x for x in fine if len(x.value) > 4 and x.value.startswith(best[1].value)), None)):
            best = (best[0], finer)  # "On June 26-28 … the Forum, held this year in Ufa": the days, not the year
        elif best and len(best[1].value) == 4 and (finer := next((
                x for x in fine if len(x.value) > 4 and x.value.startswith(best[1].value)
                and 0 <= best[1].start - x.end <= 2), None)):
            best = (best[0], finer)  # "In May last year": the month the year right after it is told of
        elif best and len(best[1].value) == 4 and (finer := next((
                x for x in fine if len(x.value) > 4 and x.value.startswith(best[1].value)
                and not CLAUSE_MARK.search(low, min(pos, x.start - s.start), max(pos, x.start - s.start))), None)):
            best = (best[0], finer)  # «У 2016 годзе свята … прайшоў 9-10 ліпеня»: the days of that year its own
            # clause gives are finer than the year
        if best:
            a, b = split(best[1].value)
            if not b and a and _UNTIL.search(low, max(0, best[1].start - s.start - 10), best[1].start - s.start) \
                    and pub and len(pub) == 10 and len(a) == 10 and pub < a and not (
                    pos < 40 and (got := ctx.recall(_kind_of(Cand(type_, s, s.start + pos, None, None, "future"))))
                    and got[0] and len(got[0]) == 10 and got[0] < pub and not got[1]):
                return pub, a, "mention"  # «продлится до 15 сентября»: open now, closes then (but «В субботу
                # открылась выставка-ярмарка … Смоленская выставка-ярмарка продлится до 2 октября»: the one just told,
                # named again first, open since then — below)
            if not b and a and len(a) == 10 and (_UNTIL.search(low, max(0, best[1].start - s.start - 10),
                                                               best[1].start - s.start)
                                                 or best[1].text.lower().startswith(("до ", "да ", "until ", "till "))) \
                    and _LASTS.search(low, 0, best[1].start - s.start) \
                    and (got := ctx.recall(_kind_of(Cand(type_, s, s.start + pos, None, None, "future")))) \
                    and got[0] and len(got[0]) == 10 and got[0] < a and not got[1]:
                return got[0], a, "inherited"  # «Фестиваль откроется в четверг. Фестиваль продлится до воскресенья»:
                # the one just told, until then
            if not b and a and len(a) == 10 and (not pub or len(pub) < 10 and a.startswith(pub)) \
                    and _UNTIL.search(low, max(0, best[1].start - s.start - 10), best[1].start - s.start):
                return a[:4], a, "mention"  # «Визит запланирован до 8 мая», the report's day unknown: closes then
            if a and _YEAR.fullmatch(a) and ctx.prev_day and _THAT_DAY.search(low):
                a = f"{a}-{ctx.prev_day}"
            if a and not b and pub and len(pub) == 10 and pub.startswith(a) and not future(pos) \
                    and (len(a) == 4 or find(_LIVE)):  # (but "In early June" names a month of its own)
                a = pub  # «в этом году» in a report of today: the day itself is as true and finer
            return a, b, "mention"
        if named and pub and pub[:4].isdigit() and (run_up := _eve_of_day(low, named)) is not None:
            # «Накануне Дня Победы … возложили цветы», "on the eve of Victory Day": the days before the holiday,
            # whose finest unit both readings (its eve, the days running up to it) share is the eve's month
            # (GUIDE §5), in the year the report's tense puts it
            past = clause_tense(low, pos, pos + 1) == "past"
            year = int(pub[:4]) - (1 if past and f"{pub[:4]}-{run_up}" > pub[:7] else 0)
            return f"{year:04d}-{run_up}", None, "computed"
        if ahead or _UPCOMING.search(low, max(0, pos - 30), pos) or _ANNOUNCED_OBJECT.search(low, max(0, pos - 40), pos) \
                or _PREPARING.search(low, max(0, pos - 60), pos):
            return None, None, "future"  # «на будучым Форуме рэгіёнаў», "the upcoming forum", "announced the visit
            # of heads of regions": ahead, not dated
        if any(w in low for w in _PURPOSE_WORDS) and PURPOSE.search(low, 0, pos):
            return None, None, "future"  # «Основная цель визита — проведение заседания», "the purpose of the visit
            # is …": what the trip is for, dated where the text says it is held
        if pub and not future(pos) and _RECENT.search(low, max(0, pos - 40), pos + 50):
            return (pub[:4] if pub[:4].isdigit() else None), None, "default"  # «на недавнем дне города»: this year, not a date borrowed from before
        if ctx.prev and ctx.prev[1] and ctx.prev[1][:4].isdigit() and any(w in low for w in _LATER_WORDS) \
                and (later := _YEARS_LATER.search(low)) \
                and not future(pos):
            # «В 2011 году подписали договор … Год спустя подписали план», "a year later": counted from the year
            # the text has just named (GUIDE §5: arithmetic on stated dates)
            n = next((g for g in later.groups() if g), "1")
            return f"{int(ctx.prev[1][:4]) + (number_value(n) or 1):04d}", None, "inherited"
        if ctx.prev_date and (_THAT_DAY.search(low) or _PART_OF_DAY.match(low)):
            return ctx.prev_date, None, "inherited"  # "On the same day he is going to meet …": the day named before
        if ctx.day_line and _THAT_DAY.search(low):
            return ctx.day_line[1], None, "inherited"  # «2 апреля отмечается День единения. В этот день пройдёт вечер»:
            # the day a sentence before named, a holiday's too
        if (eve := _EVE_OF_EVENT.match(low)) is not None and eve.end() <= pos \
                and (got := ctx.recall(kind_ := next(k for w, k in _EVE_KIND if eve.group(1).startswith(w)))
                     or (ctx.recall("commemoration") if kind_ == "festival" else None)) \
                and got[0] and len(got[0]) == 10 and got[0][:4].isdigit():
            # (a holiday, «свята», "the holiday": a festival's or the anniversary's just told)
            return _plus_days(got[0], -1), None, "inherited"  # «Накануне праздника … встретился»: the day before the
            # festival just told (GUIDE §5: arithmetic on stated dates)
        if (after := _AFTER_EVENT.match(low)) is not None and not future(pos) and after.end() <= pos \
                and (got := ctx.recall(next(t for w, t in _ANAPH_TYPE if w in after.group(1)))) and got[0]:
            return got[0], None, "inherited"  # «После заседания гости провели переговоры»: talks of their own, on
            # the sitting's day (not the arrival's told in between)
        if type_ == "meeting" and pos < 12 and _TOLD_AGAIN.match(low) and not future(pos) \
                and (got := ctx.recall("meeting") or ctx.recall("session")) and got[0]:
            return got[0], got[1], "by-type"  # «… обсудили на заседании рабочей группы. Встреча прошла с участием …»:
            # the sitting just told, named again as the sentence's subject
        am = _ANAPH.search(low)
        kind = next(t for w, t in _ANAPH_TYPE if w in am.group()) if am else ""
        if am and (not future(pos) or kind == "span"):  # «В первый день участники посетят …»: a programme
            got = ctx.recall(kind)
            if got and kind == "span" and got[0] and len(got[0]) == 10:
                # «Во второй день …», "On the last day …": that day of the days just told (GUIDE §5: arithmetic on
                # stated dates), within them
                word = am.group()
                if (nearer := [d for d in _NTH_DAY.finditer(low, 0, pos) if d.start() >= am.end()]) \
                        and not CLAUSE_MARK.search(low, nearer[-1].end(), pos):
                    word = nearer[-1].group()  # «В первый день …, на третий день фестиваль посетила делегация»: the
                    # day named in the cue's own clause
                last = any(w in word for w in ("послед", "заключ", "апошн", "заключн", "last", "final"))
                nth = next((n for stem, n in _DAY_ORDINALS if stem in word), 0)
                day = got[1] if last and got[1] else _plus_days(got[0], nth)
                if day and (not got[1] or day <= got[1]):
                    return day, None, "by-day"
                return got[0], None, "by-type"
            if got:  # «На встрече …», «Во встрече приняли участие …»: the event already named
                return got[0], got[1], "by-type"
        if type_ != "visit" and _INVITED_TO.search(low, max(0, pos - 90), pos):
            return None, None, "future"  # «губернатор запрасіў беларускі бок на Цвярскі эканамічны форум», "invited …
            # to the Tver Economic Forum": what one is invited to lies ahead, undated where the text gives no day
        told_done = ctx.prev_ahead and clause_tense(low, pos, pos + 1) == "past"  # (a report goes on from no
        # announcement: «Стороны договорились провести Дни … в следующем году. В ходе поездки делегация также
        # посетила музей» — the trip is not next year's)
        if ctx.prev and ctx.prev[0] == s.line and _CONT.search(low) and not future(pos) and not told_done:
            return ctx.prev[1], ctx.prev[2], "inherited"
        if ctx.prev and ctx.prev[1] and s.line - ctx.prev[0] in (0, 1) and _IN_IT.match(low) and not future(pos) \
                and not told_done:
            return ctx.prev[1], ctx.prev[2], "inherited"  # «… прошел фестиваль. В нем участвовала и делегация»
        if not future(pos) and find(_LIVE):
            return pub, None, "live"
        if future(pos) or any(not (h.group() == "чтобы" and (pos < h.start() or "," in low[h.end(): pos])
                                   and clause_tense(low, pos, pos + 1) == "past") for h in every(_HABITUAL)):
            # (but «Чтобы сохранить символы, на границе установили знак»: the purpose told apart, the act reported)
            return None, None, "future"
        if ctx.prev and ctx.prev[0] == s.line and not s.headline and ctx.prev[1] and len(ctx.prev[1]) == 10 \
                and not ctx.prev_ahead:
            # «17 июля делегация прибыла в Курск. Гости возложили венки …»: the paragraph's day goes on (not after
            # «Форум пройдёт 26-28 июня. Об этом сообщил … на встрече»: a report is not of the day announced)
            return ctx.prev[1], ctx.prev[2], "inherited"
        if ctx.day_line and ctx.day_line[0] == s.line and not s.headline and not (ctx.prev and ctx.prev[0] == s.line) \
                and _GOES_ON.search(low, 0, 60):
            # "On June 27, the speakers toured the exhibition. They also held a meeting …": the same, where the
            # day was named in a sentence of no event
            return ctx.day_line[1], None, "inherited"
        if pub and _EARLIER.match(low):
            return (pub[:4] if pub[:4].isdigit() else None), None, "default"  # «Ранее … проходила ярмарка»: set apart, not the day of the report
        if pub and _LATER.match(low) and ctx.prev and ctx.prev[1] and ctx.prev[1][:4] < pub[:4]:
            # «… в прошлом году. Позднее вопрос обсуждался на встрече»: some day between then and the report
            return None, None, "future"
        if pub and pub.startswith("XXXX") and not (ctx.day_line and ctx.day_line == (s.line, pub)):
            return None, None, "default"  # a report under a time stamp with no year («14:23, 22 March» above it):
            # the year it happened is unknown (GUIDE §5: the publication day only where the text puts the event on
            # it, as a dateline opening its paragraph does)
        return memo.get("dateline") or pub, None, "default"

    seen: set[str] = set()
    numbered = [m for m in _ANNIV.finditer(low) if not _JUBILEE_EVENT.match(low, m.end())] \
        if _anniversary_words(low) else []  # (but "the 10th Anniversary Forum" is a forum)
    labelled = _labelled_in_a_list(low, numbered) if len(numbered) > 1 else set()
    anniversaries = [m for m in numbered if _observed(low, m.start()) and m.start() not in labelled
                     and not any(qa < m.start() < qb for qa, qb in quoted)  # «выставка «К 100-летию художника»»: a name
                     and (m.group(3) is None or _MARKS.search(low))]  # («прошло 80 лет освобождения»: years, not marked)
    spans = [(m.start(), m.end() + 80 if _observed(low, m.start()) else m.end() + len(_label_reach(low, m.end())))
             for m in numbered]  # «годовщина» there is no cue of its own (but «В год 80-летия Великой Победы
    # делегация … приехала»: a label's anniversary ends with its own few words, the clause's subject is not in it)
    docs = doc_nouns or (list(_IT_SIGNED.finditer(low)) if sign else [])
    if len(docs) > 1:  # «План мероприятий по реализации соглашения … подписали»: the plan is signed, the agreement it
        # carries out only named
        docs = [d for d in docs if not _CARRIES_OUT.search(low, max(0, d.start() - 40), d.start())] or docs
    doc = min(docs, key=lambda d: abs(d.start() - sign.start()), default=None) if sign else None
    if sign and doc and -120 < sign.start() - doc.start() < 250 \
            and not (_COUNTED_DOCS.search(low) and not _OCCASION.search(low)) \
            and not _SIGNING_AS_TOPIC.search(low, max(0, sign.start() - 40), sign.start()) \
            and not _ANNIVERSARY_OF.search(low, max(0, sign.start() - 40), sign.start()):
        # («25-летие подписания Договора», "the 25th anniversary of signing the Treaty": observed, nothing signed)
        # «подписано 30 соглашений» over a year is a tally; «на полях Форума подписано 30 соглашений» is a signing
        a, b, how = date_for(sign.start(), "agreement")
        if (how == "default" or how == "live" and clause_tense(low, sign.start(), sign.end()) == "past") \
                and (_TO_SIGN.fullmatch(sign.group()) or low.endswith("to ", 0, sign.start())):
            a, b, how = None, None, "future"  # «обсудили планы подписать соглашение», "plans to sign": no signing yet,
            # and no day the sentence gives it
        if a and not b and a[:4].isdigit() and (ago := _YEARS_SINCE.search(low, max(0, sign.start() - 60), sign.start())):
            # «26 ноября исполнится 26 лет со дня подписания договора»: signed 26 years before that day
            years = number_value(ago.group(1)) or 0
            a = f"{int(a[:4]) - years:04d}{a[4:]}"
        plural = re.match(r"соглашения|договоры|пагадненні|agreements", doc.group()) \
            and not _SIGNING_OF.search(low, max(0, doc.start() - 40), doc.start())  # («подписание соглашения»: one)
        parties = _PARTIES.search(low, doc.end(), doc.end() + 80)
        if not (plural and how == "default" and not s.headline and not parties and not _OCCASION.search(low)):
            # «заключены важные соглашения» is no event; «на Форуме подписаны соглашения» is one signing
            plan = next((c for c in out if c.type == "plan"), None)  # «подписан План … к Соглашению»
            title = "Подписание " + nominative_phrase(plan.title.split() if plan else _phrase(s.text, doc.start()),
                                                      "gent")
            if doc.start() == 0 and not plan and title[len("Подписание ")].isupper() \
                    and (" " not in title[11:].strip() or _DOC.search(title[11:].split()[0].lower())):
                title = title[:11] + title[11].lower() + title[12:]  # «Документ будет подписан»: a capital of the
                # sentence's start, not of a name
            # a legislature approving an agreement is not its signing
            kind = "other" if sign.group().startswith(("утвер", "ратиф")) and find(_LEGISLATURE) else "agreement"
            out.append(Cand(kind, s, s.start + doc.start(), a, b, how, title=title))
            first_signing = out[-1]
            if plural_cue(doc.group()) and (listed := _each_with(s.text, doc.end()))[1]:
                # «подписал планы мероприятий … с Октябрьским районом города Минска и с городом Могилевом», «соглашения
                # между …, а также между …», «с Гомельской и Могилевской областями»: documents in the plural signed
                # with partners listed one by one are one signing (and plan) a partner (GUIDE §3)
                signing = out[-1]
                plans = [c for c in out if c.type == "plan"][:1]
                russian = not _NOT_RUSSIAN.search(s.text)
                if not plan:  # (the document's name up to its first partner: «Подписание соглашений о партнёрстве»)
                    signing.title = "Подписание " + (nominative_phrase(_phrase(s.text[: listed[0]], doc.start()), "gent")
                                                     if russian else _paper_head(low, doc))
                titled = [(signing, signing.title)] + [(c, c.title) for c in plans]
                for nth, partner in enumerate(listed[1]):
                    said = partner if russian else _partner_in_russian(partner)
                    for c, was in titled:
                        each = c if nth == 0 else replace(c, sources=[], merged=[])
                        each.body = partner
                        each.title = f"{was} {said}" if said and said.split()[-1] not in was.split() else was
                        each.composed = each.composed or bool(said) and not russian  # (its Russian title is made)
                        if nth:
                            out.append(each)
            if kind == "agreement" and len(docs) > 1 and not first_signing.body:
                out += _listed_signings(s, docs, doc, a, b, how, first_signing, plan)
            if kind == "agreement":
                out += _more_signings(s, docs, max(doc.end(), sign.end()), a, b, how, first_signing)
        seen.add("agreement")
    twin = find(_TWINNED) if "agreement" not in seen else None
    if twin:  # «стали побратимами в 2011 году», «являются городами-побратимами с 2001 года» (GUIDE §2: background)
        at = twin.start()
        since = min((x for x in own if _YEAR.fullmatch(x.value) and x.start not in used),
                    key=lambda x: abs(x.start - s.start - at), default=None)
        a, b, how = (since.value, None, "mention") if since else date_for(at, "agreement")
        title = _twin_title(s.text)
        # («Города уже являются побратимами», "are already twinned": a state, no event)
        if since is not None or how == "mention" or not _TWIN_STATE.match(twin.group()):
            partners = _partners(s.text, twin.end())
            subject = next((n for w in _CAPITALISED.findall(s.text[:at]) if (n := place_name(w)) and n not in partners
                            and n not in COUNTRIES), None) if partners else None
            ties = "партнёрских" if re.search(r"партн|partner", twin.group()) else "дружественных" \
                if re.search(r"дружеств|сяброўск|friendly", twin.group()) else "побратимских"
            for partner in partners or [""]:  # «установил партнёрские связи с Вологдой, Рязанью и Тамбовом»: one
                # pair of parties a record (GUIDE §3)
                who = f" {nominative_phrase(subject.split(), 'gent')}" if subject else ""
                decided = bool(_DECISION.search(low, max(0, at - 60), at))  # («приняли решение об установлении
                # побратимских связей»: a council's decision to twin, GUIDE §4.1 — an act, no signing)
                out.append(Cand("other" if decided else "agreement", s, s.start + at, a, b, how,
                                composed=title != _TWIN_HEAD or bool(partner),
                                title=f"Установление {ties} связей{who} с {nominative_phrase(partner.split(), 'ablt')}"
                                if partner else title, body=partner))
        seen.add("agreement")
    days_named: list[str] = []  # the month and day of each day observed every year the sentence names
    for rx, t, month, day, first, kind in named:
        day_m = rx.search(low)
        if day_m and t == _BY_UNITY and ("4 ліст" in low or "4 нояб" in low):
            t, month, day, first = _RU_UNITY_DAY  # «4 лістапада, у Дзень народнага адзінства»: Russia's day, so named
        if day_m and kind not in seen:
            year = pub[:4] if pub else "XXXX"
            x = next((x for x in own if x.value[5:10] == f"{month:02d}-{day:02d}"
                      and not (first and x.value[:4].isdigit() and int(x.value[:4]) <= first)), None)
            # (not «… приурочен к освобождению Минска 3 июля 1944 года»: the day's origin, no observance of it)
            if not own and len(s.text.split()) <= 3 and not low[:day_m.start()].strip():
                continue  # «Дзень Перамогі» alone on a line: a site's rubric or tag, no observance reported
            start: str | None = x.value[:10] if x else f"{year}-{month:02d}-{day:02d}"
            if x is not None and kind == "commemoration" and len(own) > 1:
                used.add(x.start)  # «Дзень яднання адзначаецца 2 красавіка, урачыстасці пройдуць 4 красавіка»: the
                # day's own date dates nothing else of the sentence
            # a festival day inside a festival is part of it: it merges like an undated mention
            how = "computed" if kind == "commemoration" or x else "default"
            if kind == "festival" and x is None and own:  # «7 июля прошел праздник «Купалье»»: its own day
                got = date_for(day_m.start(), kind)
                if got[2] == "mention" and got[0] and len(got[0]) == 10:
                    start, how = got[0], "mention"
            elif kind == "festival" and x is None and any(qa < day_m.start() < qb for qa, qb in quoted):
                start = None  # «свята-фестываль «Купалле»» in Alexandria: a festival's name, held on a day set each year
                # (not the folk day's)
            end = split(x.value)[1] if x is not None and kind == "festival" and start == x.value[:10] else None
            # («праздник «Купалье» пройдет 6-7 июля»: a festival's own days, both of them)
            out.append(Cand(kind, s, s.start + day_m.start(), start, end, how, title=t, recurrence="yearly",
                            first_year=first))
            if kind == "commemoration" and x is None and (marking := _MARKED_ON.search(low)) is not None \
                    and (on := next((y for y in own if len(y.value) == 10 and y.value[:4].isdigit()
                                     and y.value[5:] != f"{month:02d}-{day:02d}"), None)) is not None \
                    and not _CLAUSE_BREAK.search(low, min(on.start - s.start, marking.start()),
                                                 max(on.start - s.start, marking.start())):
                # «В Брянске 30 июня отметили День партизан и подпольщиков»: the day, and its observance on
                # another day in its own clause (GUIDE §3: a holiday and its celebrations on other days are two)
                out.append(Cand(kind, s, s.start + marking.start(), on.value, None, "mention",
                                title=f"Празднование {nominative_phrase(t.split(), 'gent')}"))
            days_named.append(f"{month:02d}-{day:02d}")
            seen.add(kind)
    if "commemoration" not in seen and ("освобожд" in low or "вызвален" in low or "liberation" in low) \
            and (lib := _LIBERATION_DAY.search(low)) is not None \
            and (base := _liberation_of(s.text[lib.end(): lib.end() + 40], first=True)) is not None:
        # «в День освобождения Смоленщины», «у Дзень вызвалення Віцебска», "on Liberation Day of Vitebsk": the day of
        # the liberation the lexicon dates, observed every year (GUIDE §4.5: liberation days are recurring days)
        month_day = base[1][4:]
        x = next((x for x in own if x.value[4:10] == month_day), None)
        year = pub[:4] if pub else "XXXX"
        out.append(Cand("commemoration", s, s.start + lib.start(), x.value[:10] if x else f"{year}{month_day}", None,
                        "computed", title="День освобождения " + base[0].split(" ", 1)[1]
                        if base[0].startswith("Освобождение ") else base[0], recurrence="yearly",
                        first_year=int(base[1][:4]) + 1, location=base[2]))
        days_named.append(month_day[1:])
        seen.add("commemoration")
    for i, m in enumerate(anniversaries):
        marked = _anniversary(s, m, anniversaries[i + 1].start() if i + 1 < len(anniversaries) else len(low),
                              own, date_for, int(pub[:4]) if pub and pub[:4].isdigit() else None)
        if marked is not None:
            out.append(marked)
            seen.add("commemoration")
    def _dated_apart(rx: WordRegex) -> bool:
        """«10 марта губернатор провел встречу …, а 11 марта открылся Форум регионов»: a second meeting-type cue
        with a date of its own, nearer to it than to the meeting already recorded, is another event (GUIDE §5:
        different dates, different events)."""
        done = next((c for c in reversed(out) if c.type == "meeting"), None)
        if done is None or done.how != "mention" or not own or len(own) < 2:
            return False
        cue = rx.search(low)
        if cue is None or abs(cue.start() - (done.pos - s.start)) < 30:
            return False
        a, b, how = date_for(cue.start(), "meeting")
        return how == "mention" and (a, b) != (done.start, done.end)

    def _talks_apart(rx: WordRegex) -> bool:
        """«… он встретился с заместителем председателя правительства, а в мэрии Москвы провёл переговоры с заместителем
        мэра»: a second meeting cue in a clause of its own, with a counterpart of its own, after talks already
        recorded with another, is other talks (GUIDE §3: talks with one counterpart in one building and with another
        in another are two)."""
        done = next((c for c in reversed(out) if c.type == "meeting"), None)
        if done is None or not _WITH_WHOM.search(low, done.pos - s.start, done.pos - s.start + 60):
            return False
        at = done.pos - s.start
        cue = next((x for x in rx.finditer(low) if x.start() > at + 10), None)
        return cue is not None and _OTHER_CLAUSE.search(low, at, cue.start()) is not None \
            and _WITH_WHOM.match(low, cue.end()) is not None

    def _body_apart(rx: WordRegex) -> bool:
        """«… состоялись переговоры с премьер-министром, заседание Совета делового сотрудничества и …»: a sitting of a
        named body listed after talks with a counterpart is a meeting of its own (GUIDE §3: talks with a named
        counterpart and sessions of a named body are each a meeting, a programme list or not)."""
        done = next((c for c in reversed(out) if c.type == "meeting"), None)
        if done is None or not _WITH_WHOM.search(low, done.pos - s.start, done.pos - s.start + 60):
            return False
        at = done.pos - s.start
        cue = next((x for x in rx.finditer(low) if x.start() > at + 10), None)
        return cue is not None and "," in low[at: cue.start()] and _SITTING_OF_BODY.match(low, cue.start()) is not None

    possible = list(cues)  # in the lexicon's order ...
    if meeting_cues > 1:
        # ... but of two meeting cues the one the sentence names first («провел встречу с Рапотой, прибывшим для
        # участия в заседании коллегии»: the talks, not the session the guest came for)
        first_at = {id(rx): (m.start() if (m := rx.search(low)) and "видеоконф" not in rx.pattern
                             and rx.pattern != _FORUM_CUE else len(low) + _CUE_RANK[id(rx)])
                    for t, rx in possible if t == "meeting"}
        # («в режиме видеоконференции» is how, not what; a forum named with a talk is where the talk was held)
        meetings = iter(sorted((c for c in possible if c[0] == "meeting"), key=lambda c: first_at[id(c[1])]))
        possible = [next(meetings) if t == "meeting" else (t, rx) for t, rx in possible]
    if "," in low or ";" in low:  # a meeting cue read twice where its second match may be other talks (_talks_apart)
        possible += [(t, rx) for t, rx in possible if t == "meeting" and sum(1 for _ in rx.finditer(low)) > 1]
    again: set[int] = set()  # the meeting cues read once already
    for t, rx in possible:
        if rx is _FESTIVE and (_CITY_DAY_WORDS.search(low) and _FOR_A_CITY_DAY.search(low) or not (
                (days_named or _DEDICATED.search(low) or ctx.recall("commemoration"))
                and (_own_right(low, own) or ctx.day_line and ctx.day_line[0] == s.line))):
            # (and «мероприятия, посвящённые Дню города»: a City Day is a festival, its celebrations its programme)
            continue  # a concert is a commemoration only where it is held for a day or an anniversary (this one's,
            # or one the text has already named) and reported in its own right: with its own day or hour or a
            # name in quotes, not a word in the list of a celebration's programme (GUIDE §3)
        if rx is _FESTIVE:
            seen.add("other")  # … and then it is that, not also an ``other`` concert
        if t in seen and not (t == "commemoration" and "commemoration" in seen
                              and (find(_CEREMONY_CUE) or rx is _FESTIVE)) \
                and not (t == "meeting" and (_dated_apart(rx) or _talks_apart(rx) or _body_apart(rx))):
            continue  # a wreath-laying or a concert «ко Дню Победы» is a record beside the day (GUIDE §3)
        cue: re.Match | None = (next((x for x in rx.finditer(low) if not any(a <= x.start() < b for a, b in spans)),
                                     None) if spans else rx.search(low))
        if t == "meeting" and id(rx) in again:  # its second reading: the match after the talks recorded
            done = next((c for c in reversed(out) if c.type == "meeting"), None)
            cue = next((x for x in rx.finditer(low) if done is not None and x.start() > done.pos - s.start + 10), None)
        if t == "meeting":
            again.add(id(rx))
        if t == "visit" and cue is not None and cue.group().startswith(("вернул", "вярнул", "returned", "came"))\
                and not _place_right_after(s.text, cue.end()):
            continue  # «вернулся из отпуска», "returned from vacation": back from no place, no trip told
        if t in ("meeting", "visit") and cue is not None and cue.group().startswith(("принял", "прыня")) \
                and _received_nobody_from_elsewhere(low, cue):
            continue  # «принял горожан», «принял курян, награждённых медалями»: no place's people known as guests
        if t == "meeting" and cue is not None and _BRIDGE.fullmatch(cue.group()) \
                and (days_named or _DEDICATED.search(low) or _ANNIV.search(low) or "commemoration" in seen):
            continue  # «телемост, посвящённый Дню единения», "a video bridge for Victory Day": held for a day, a
            # commemoration (GUIDE §4.5: a patriotic action), not a meeting of the two sides
        if t == "meeting" and cue is not None and ("встреч" in low or "сустрэч" in low or "meeting" in low) \
                and any(x.start() < cue.end() and cue.start() < x.end() for x in _THEMED_MEETING.finditer(low)):
            continue  # «встреча поэтов, посвящённая Дню единения»: a gathering held for a day, a commemoration (GUIDE
            # §4.5: a themed evening), not talks of the sides
        if rx is _FESTIVE and cue is not None and _OF_A_GATHERING.match(low, cue.end()):
            continue  # «торжественные мероприятия фестиваля», "the gala concert of the forum": a gathering's programme
            # item (GUIDE §3), not a ceremony of its own
        if rx is _FESTIVE and cue is not None and "commemoration" in seen and _CELEBRATIONS.fullmatch(cue.group()) \
                and not any(len(x.value) == 10 and x.value[5:] != day_of for x in own for day_of in days_named):
            continue  # "Celebrations of the Day of Unity will be held on 2 April": the day's own observance, its record
            # (but «урачыстасці … пройдуць 4 красавіка», days after the day, are celebrations of their own)
        if rx is _DAYS_OF_PLACE:  # «в дни празднования» is no festival, «Дни Минска» is, and "the Minsk City Days"
            cue = next((x for x in rx.finditer(low) if not low.endswith("liberation ", 0, x.start())
                        and not _THAT_DAY_BEFORE.search(low, max(0, x.start() - 12), x.start())
                        and (x.group(1) and s.text[_name_at(x)].isupper()
                        and not _any_named_day().match(low, x.start())  # («Дня Перамогі»: Victory Day, no village)
                        and (town := place_name(s.text[x.start(1): x.end(1)]))
                        and (town not in COUNTRIES or not low.startswith(_ONE_DAY, x.start())))  # («День России»)
                        or (not x.group(1) and _town_before(s.text, x.start()))),
                       None)
        if t == "commemoration" and cue is not None and cue.group().startswith(("годовщин", "анівэрсар", "anniversary")) \
                and not (_OBSERVED.search(low) or _MARKS.search(low)):
            continue  # "the importance of the anniversary of integration was emphasized": a topic; an anniversary
            # with no number is an event only where the sentence marks or celebrates it
        if t == "meeting" and cue is not None and low.endswith(_TABLE, max(0, cue.start() - 12), cue.start()):
            continue  # «сесть за стол переговоров», "to the negotiating table": an idiom, no talks held
        if t == "meeting" and cue is not None and _TIMED_BY.search(low, max(0, cue.start() - 40), cue.start()):
            continue  # "The day before the talks, the minister visited the port", «Накануне переговоров …»: the talks
            # told elsewhere, named as a time
        if t == "meeting" and cue is not None and cue.group().startswith(("встрет", "сустрэ", "met ", "met")) \
                and _MET_AT_A_GATHERING.match(low, cue.end()):
            continue  # «коллективы встретились на фестивале», "met at the festival": the festival is the event
        if t == "meeting" and cue is not None and cue.group().startswith(_VIDEO) \
                and (_BACK_TO_IT.match(low) or sign and sign.start() < cue.start()) \
                and _AS_A_MODE.search(low, max(0, cue.start() - 30), cue.start()):
            # (… or how a paper just told signed was: «план … подписан в режиме видеоконференции»; but «В режиме
            # видеоконференции … подписали» is a videoconference held, with a signing)
            continue  # "The event was attended by … representatives of all regions (via videoconference)": how some
            # took part in the event just told, no meeting of its own
        if t in ("meeting", "visit") and cue is not None and _AGREED_ON.search(low, max(0, cue.start() - 40), cue.start()):
            later = [x for t2, rx2 in possible if t2 == t for x in rx2.finditer(low) if x.start() > cue.start()
                     and not _AGREED_ON.search(low, max(0, x.start() - 40), x.start())]
            if later and all(x.re is not rx.rx and x.re is not rx.exact for x in later):
                continue  # (another cue of the kind names them: that one records them)
            cue = next((x for x in later if x.re is rx.rx or x.re is rx.exact), cue)
            # «лідары дамовіліся аб сустрэчы, каб абмеркаваць … дасягнутыя на папярэдніх перамовах»: a meeting agreed on
            # is an intention (GUIDE §2), and the talks named after it are the sentence's event (where none is, the
            # one agreed on stays: "We agreed to meet in Bryansk at the end of August" is scheduled)
        if t in ("meeting", "visit") and cue is not None and _AFTER_IT.search(low, max(0, cue.start() - 24), cue.start()) \
                and ctx.recall(t) is not None:
            # «После встречи в Минске глава региона отправился в Брест»: the talks just told, as a time reference, no
            # second meeting (and no title or place of theirs taken from this sentence) — but a cue after it is
            # read («Пасля пасяджэння госці правялі перамовы …»: the talks that followed)
            cue = next((x for x in rx.finditer(low) if x.start() >= cue.end() and not any(a <= x.start() < b for a, b in spans)
                        and not _AFTER_IT.search(low, max(0, x.start() - 24), x.start())), None)
            if cue is None:
                continue
        if t == "meeting" and cue is not None and _MEETING_POINT.search(low, max(0, cue.start() - 8), cue.start()) \
                and _WHAT_MEETS.match(low, cue.end()):
            continue  # «в месте встречи границ», «у месцы сустрэчы межаў»: where borders meet, no meeting
        if t == "meeting" and cue is not None and cue.group().startswith(("встреч", "сустрэч")) \
                and (welcome := _WELCOME.match(low, cue.end())) is not None \
                and not _WITH_SOMEONE.search(low, welcome.end(), welcome.end() + 80):
            continue  # «после тёплой встречи гостей фестиваля»: the guests welcomed, a programme item (a visit, if
            # anything), no talks — unless «… с губернатором»
        if t == "meeting" and cue is not None and _PLURAL_MEETINGS.fullmatch(cue.group()) and future(cue.start()) \
                and not _WITH_WHOM.search(low, cue.end(), cue.end() + 80) \
                and not _BETWEEN_SIDES.search(low, cue.end(), cue.end() + 80) \
                and not _ROLE.match(low, cue.end() + 1) and not named_parties(s.text[cue.end(): cue.end() + 60]):
            # (but «встречи губернаторов Витебской и Псковской областей»: whose meetings, named)
            continue  # «примут участие в деловых встречах и совещаниях», "will hold business meetings": a programme's
            # content, with no counterpart named (GUIDE §3), no meeting of its own
        if t != "commemoration" and cue is not None and _DEFINED.match(low, cue.end()):
            continue  # «проведение заседания рабочих групп - это очень действенный инструмент», "holding such forums is
            # an effective tool": the kind of event defined, none held
        if t == "meeting" and cue is not None and low.endswith(_PRESS, max(0, cue.start() - 6), cue.start()):
            continue  # «на прэс-канферэнцыі паведаміў»: a press conference is where news is told, no meeting
        if cue is None or t in ("meeting", "visit") and any(qa < cue.start() < qb for qa, qb in quoted):
            continue  # «Славянские театральные встречи» is a name, not a meeting
        if t == "visit" and (cue.group().startswith(_ARRIVAL) or _TRAVELS.match(cue.group())) \
                and (noun := next((x for x in rx.finditer(low) if x.start() >= cue.end() and x.group().startswith(_TRIP_NOUNS)), None)):
            cue = noun  # "Businessmen … arrived in Mogilev on Tuesday for a two-day visit": the visit names the trip
        m = cue
        if t == "visit" and (_COUNT_AFTER.match(low, m.end()) or _COUNT_BEFORE.search(low, max(0, m.start() - 50), m.start())):
            seen.add(t)  # «За дзевяць месяцаў … наведалі 37 дэлегацый», "the region received 15 delegations", "23
            continue  # Russian governors visited Belarus this year": a tally
        if t == "visit" and (m.group().startswith(("делегации", "дэлегацыі", "delegations"))
                             and _OF_MANY_PLACES.match(low, m.end())
                             or (many := _PLURAL_DELEGATIONS_AT.search(low, m.end(), m.end() + 30)) is not None
                             and _OF_MANY_PLACES.match(low, many.end())):
            continue  # «В нём участвуют делегации 20 городов», "delegations from 12 countries": a list of participants,
            # none singled out (GUIDE §4.6) — a delegation named on its own in the text is read where it is
        if t == "visit" and _guests_in_general(s.text, low):
            continue  # «Делегации прибыли в Брянск», «прибыли делегации Брянской области, Беларуси, ДНР и ЛНР»: the
            # guests of a gathering in general or in a list (GUIDE §4.6), none singled out
        if (_COUNTED.search(low, max(0, m.start() - 40), m.start())
                or t != "commemoration" and _SOME_WORDS.search(low) and _SOME.search(low, max(0, m.start() - 40), m.start())) \
                and plural_cue(m.group()):
            seen.add(t)  # «состоялось 15 визитов официальных делегаций»: a tally, not an event (but «в 47 заседании
            continue  # коллегии» is the 47th sitting)
        if t == "visit" and (("делегац" in low or "дэлегац" in low or "delegation" in low) and _MANY_SIDES.search(low)
                             or _crowd(low)):
            seen.add(t)  # «в город прибыли делегации из двух стран», "delegations of ten countries": guests listed
            continue  # (GUIDE §4.6: a delegation named only in a list of participants is no visit)
        members = t == "visit" and m.group().startswith(("делегац", "дэлегац", "delegation")) \
            and bool(_MEMBERS_BEFORE.search(low, max(0, m.start() - 30), m.start()) or _MEMBERS_AFTER.match(low, m.start())) \
            and not _ARRIVES.search(low) and not any(x.start not in used for x in own)
        # (the delegation's members listed, with no trip or date of their own: see events._participation_visits)
        if t == "visit" and any(w in low for w in _TOURED) and _EXHIBIT_TOURED.search(low) \
                and not _ARRIVES.search(low):
            continue  # «делегация посетила белорусскую экспозицию», "toured the stand": a programme item, no trip
        if t in ("visit", "meeting") and (_TOPIC.search(low[max(0, m.start() - 60): m.start()])
                                          or _listed_topic(low, m.start())) \
                and not _SETTING.search(low, max(0, m.start() - 40), m.start()) \
                and not (_AGENDA.search(low, max(0, m.start() - 60), m.start()) and _OWN_CLAUSE.search(low, m.start())):
            continue  # «обсудили … визит»: a topic, not an event (but «обсудили в ходе встречи» is one)
        if t in ("meeting", "visit") and plural_cue(m.group()) and not WITH.match(low, m.end()) \
                and _PACKED_WITH.search(low, max(0, m.start() - 50), m.start()):
            continue  # "The first day of the visit was packed with official meetings and business talks", «день был
            # насыщен встречами»: what a day was full of, no meeting of its own (GUIDE §3: a programme)
        if t in ("meeting", "visit") and low.count(",") >= 2 and _LISTED.search(low, max(0, m.start() - 30), m.start()) \
                and not (WITH.match(low, m.end()) or _HELD_WITH.match(low, m.end())) and plural_cue(m.group()):
            continue  # «Это обмен опытом, экскурсии, деловые встречи»: a programme given as a list (GUIDE §3) — but "talks
            # were held with the Prime Minister" name a counterpart
        if rx.pattern == _DISCUSSED_CUE and m.group() in ("обсудят", "абмяркуюць", "will discuss") \
                and not _LEADERS_AS_SUBJECT.search(low, max(0, m.start() - 60), m.start()):
            continue  # («Стороны … обсудят вопросы»: the agenda of talks told elsewhere; the leaders' talks ahead are
            # an event: «завтра президенты обсудят …»)
        if rx.pattern == _DISCUSSED_CUE and not (_JOINED.search(low, max(0, m.start() - 220), m.start())
                                                  and _TWO_SIDES.search(low, max(0, m.start() - 220), m.start())
                                                  or _JOINED.search(low, m.end(), m.end() + 160)
                                                  and _TWO_SIDES_AFTER.match(low, m.end())
                                                  or _AT_THE_OFFICE.search(low, 0, m.start()) and ctx.recall("visit")
                                                  or _two_sides_named(s.text, m.start())
                                                  or _LEADERS_AS_SUBJECT.search(low, max(0, m.start() - 60), m.start())):
            continue  # «обсудили» alone is no meeting; «Губернатор … и председатель … обсудили …» is one, and so is
            # «В администрации округа обсудили …» where a delegation's trip was told: talks at the hosts' office
        if t in ("meeting", "visit", "festival", "fair", "commemoration") and not own \
                and ("програм" in low or "program" in low or "праграм" in low or "feature" in low) \
                and _PROGRAMME_HELD.search(low, 0, m.start()) and not WITH.match(low, m.end()):
            continue  # "The festival's programme also featured … a visit of directors of libraries": an item of
            # the programme, not an event of its own (GUIDE §3)
        if t in ("meeting", "visit") and ("програм" in low or "праграм" in low or "program" in low) \
                and _PROGRAMME_OF_IT.search(low, max(0, m.start() - 40), m.start()) \
                and any(ctx.recall(k) for k in ("visit", "festival", "meeting")):
            continue  # «В деловой программе встречи приняли участие эксперты» after the visit was told: the programme
            # of the gathering already named, no meeting of its own (GUIDE §3)
        if t == "meeting" and ctx.recall("meeting") and AFTER_TALKS.search(low, max(0, m.start() - 24), m.start()) \
                and _SAID_WORDS.search(low) and not WITH.match(low, m.end()):
            continue  # «Губернатор по итогам встречи заявил …», "said following the meeting": the talks already told,
            # named as when it was said (no talks of their own)
        if t == "meeting" and _MINUTES_OF.search(low, max(0, m.start() - 30), m.start()):
            continue  # «подписали протокол четвертого заседания рабочей группы», "signed the minutes of the session":
            # the session's paper, signed; the session is told (and dated) where it was held
        if t in ("meeting", "visit", "festival", "fair") and _DATE_OF.search(low, max(0, m.start() - 25), m.start()) \
                and _MADE_KNOWN.search(low):
            continue  # «Дата переговоров стала известна 18 февраля», "The date of the visit was announced on Monday":
            # when the date was learnt, not an event of that day
        if find(_USUALLY) and _HELD_NOW.search(low):
            continue  # «традиционная ярмарка … проводится в октябре»: what is usual, not what happened (GUIDE §2)
        if t == "meeting" and plural_cue(m.group()) and _HELD_ALWAYS.search(low) and _SINCE_YEAR.search(low):
            continue  # «Форумы регионов проходят с 2014 года»: a series, not one of its events (but «В Минске
            # проходят Дни культуры» is one, now)
        if t == "visit" and ctx.recall("visit") and (_GOES_ON_AFTER.match(low, m.end())
                                                      or _GOES_ON_BEFORE.search(low, max(0, m.start() - 30), m.start())) \
                and not _LASTS_FOR.search(low, m.end()) and not any("/" in x.value for x in own):
            # («паездка працягнецца тры дні», «Визит продолжался 4–5 марта»: how long it lasts, or its days)
            continue  # "Tomorrow, the visit of the guests will continue": the visit already reported goes on
        if t in ("meeting", "visit", "fair", "festival") and _PROVIDING_WORDS.search(low) \
                and _PROVIDED_FOR.search(low, max(0, m.start() - 120), m.start()):
            continue  # «План таксама прадугледжвае правядзенне сустрэч»: a document's content, no event (GUIDE §2)
        if t == "meeting" and m.group().startswith(("встрет", "сустрэл", "met")) and _place_before(s.text, m.start()):
            continue  # «Брестская область встретила делегацию из Орла»: a region greeting guests is their visit
        if t == "meeting" and (_INDEFINITE_WITH.match(low, m.end())
                               or plural_cue(m.group()) and _GROUPS_WITH.match(low, m.end())):
            continue  # «запланированы рабочие встречи с руководством ряда регионов»: nobody named, a programme item
        if _PROPOSING_WORDS.search(low) and _PROPOSED.search(low, max(0, m.start() - 70), m.start()):
            continue  # «предложил провести Дни Вологды в Могилеве»: a proposal, no event (GUIDE §2)
        if _WITHOUT.search(low, max(0, m.start() - 24), m.start()):
            continue  # «без участия официальной делегации», "without a delegation": what did not happen
        if t == "visit" and (_MUTUAL.search(low, max(0, m.start() - 30), m.start())
                             or _EXCHANGE_AFTER.match(low, m.end())):
            continue  # «договорились о взаимных визитах», "agreed on mutual visits": visits to come, none made (GUIDE §2)
        if t == "visit" and (many := _MANY_FROM.search(s.text, m.start(), m.end() + 40)) and many.start() - m.start() < 30:
            continue  # «делегации из Белоруссии, Украины, Сербии и Литвы»: guests in a list, no visit (GUIDE §4.6)
        if t == "visit" and m.group().startswith(("находил", "знаходзі", "stayed")) \
                and not (_ROLE.search(low, 0, m.start()) or _DELEGATION_WORD.search(low[: m.start()])):
            continue  # «губернатор находился в Минской области» is a stay as a guest; «музей находился в …» is none
        if t == "visit" and (_invited_to_come(low, every(_INVITE)) or m.group().startswith(_ARRIVAL)
                             and not _ROLE.search(low) and not any(w in low for w in _ARRIVERS)
                             and not _someone_named(s.text)):
            continue  # «пригласил посетить», "invited … to visit": a visit to come (but «по приглашению губернатора
            # делегация посетила Минск», "the delegation, invited by the governor, visited": one made on an invitation)
        if t == "visit" and _TRAVELS.match(m.group()) and not _TRAVELLER.search(low, max(0, m.start() - 80), m.start()):
            continue  # «святыня отправилась в …»: only an official or a delegation setting off is a visit
        if t == "visit" and _THIS_ONE.search(low, max(0, m.start() - 12), m.start()) and ctx.recall("visit"):
            continue  # «Эта бизнес-миссия станет первой в 2023 году», "This visit is the first …": the trip just told
        if _STAYED_FIRST.match(m.group()) and not ((_AT_EVENT_BEFORE.search(low, max(0, m.start() - 120), m.start())
                                                    or _TOWN_BEFORE.search(s.text, max(0, m.start() - 40), m.start())) and (
                _ROLE.search(low, m.end()) or _DELEGATION_WORD.search(low[m.end():]) or _ENVOYS.match(low, m.end()))
                and not _at_home(s.text, 0, m.end())):
            continue  # «На выставке … побывал губернатор»: the gathering first, the guest after the verb (but «побывал
            # Иванов» alone, or a host at home, made no trip)
        if _STAYED_AT.search(m.group()) and not (_EVENT_STAYED.match(low, m.end()) and (
                _ROLE.search(low) or _DELEGATION_WORD.search(low)) and not _at_home(s.text, m.start(), m.end())):
            continue  # «побывал на выставке» of an official from elsewhere is a trip; «побывал на приёме» is none
        if m.group().startswith(("посети", "посетя", "наведа")) \
                and not place_name(" ".join(s.text[m.end():].split()[:2])) \
                and not _region_next(s.text, m.end()) \
                and not _OURS.match(low, m.end()) \
                and not (_EVENT_VISITED.match(low, m.end()) and (_ROLE.search(low) or _DELEGATION_WORD.search(low))
                         and not _at_home(s.text, m.start(), m.end())) \
                and not ((prev := s.text[:m.start()].split()[-1:]) and _DELEGATION_WORD.search(low)
                         and (prev[0][:1].isupper() and place_name(prev[0].strip(",;:«»"))
                              or _PLACE_NOUN.fullmatch(prev[0].lower().strip(",;:«»")))):
            continue  # «посетил Витебск» is a visit; «посетил предприятие», «посетил секретарь …» are not (but
            # «Борисов посетила делегация …» is: the place first)
        if t == "visit" and m.group().startswith(("делегаци", "дэлегацы", "delegation")) and _MET_EACH_OTHER.search(low) \
                and not _ARRIVAL_WORDS.search(low):
            continue  # «Впервые делегации двух районов встретились в 2004 году на границе»: they met, a meeting
            # (GUIDE §4.4), nobody is said to have travelled to the other
        if t == "visit" and m.group().endswith(" for ") and not _place_next(s.text, m.end()):
            continue  # "left for Minsk" is a trip; "days left for registration" is none
        if t == "visit" and m.group().startswith(("visit", "will visit")) and _SITE_VISITED.match(low, m.end()):
            continue  # "visited the Minsk Tractor Works", "will visit the Brest Hero Fortress Memorial Complex": a tour
            # of a site, as «посетил предприятие» (a programme item, GUIDE §3), not a trip
        seen.add(t)
        a, b, how = date_for(m.start(), t)
        if a and not b and a[:4].isdigit() and (ago := _YEARS_SINCE.search(low, max(0, m.start() - 70), m.start())):
            # "This year marks 25 years since the first Days of the Kaluga Region": held that long before the year
            # (or day) named, as a signing is (below)
            years = number_value(ago.group(1)) or 0
            a = f"{int(a[:4]) - years:04d}"
        if _AGENDA.search(low, max(0, m.start() - 60), m.start()) and not (
                how == "mention" and _OWN_CLAUSE.search(low, m.start())):
            # «речь шла о проведении Дней области»: on the agenda, no date — unless a clause of its own
            # dates it («к Форуму, который пройдет 27-28 июня»), not the talk («договорился в октябре»)
            a, b, how = None, None, "future"
        if t == "meeting" and (find(_LEGISLATURE) and (_DECISION.search(low) or _SAID_AT.search(low, 0, m.start())
                                                                and not _UNION_BODY.search(low))
                               or _INTERNAL.search(low)
                               or _OWN_OFFICE_SETTING.match(low, m.start()) and _STATES.search(low)
                               and not _TWO_SIDED.search(low)
                               or _PART_OF.match(low, m.end())
                               and not _PLENARY.search(low, max(0, m.start() - 20), m.start())
                               and not low.startswith(("пленарн", "plenary"), m.start())) \
                or t == "visit" and find(_VISITED_COMPANY):
            t = "other"
        if t == "meeting" and find(_SOLEMN):
            continue
        if t in ("fair", "festival") and ("програм" in low or "праграм" in low or "program" in low) \
                and (listing := _PROGRAMME_LIST.match(low)) is not None and listing.end() <= m.start():
            continue  # «В программе были концерты, выставка-ярмарка и праздник «Дожинки»»: items of the programme
            # of the event the text is about (GUIDE §3), not events of their own
        if t == "visit" and any(w in low for w in ("видео", "відэа", "video", "онлайн", "online")) \
                and _JOINED_REMOTELY.search(low):
            continue  # «гости из Великих Лук подключились к встрече по видеосвязи»: guests who stayed at home
        # the title is written later, for the events that survive merging (see cue_title)
        at = m.start()
        if at > 1 and low[at - 1] == "-" and low[at - 2].isalpha() \
                and (word := _WORD_END.search(low, 0, at - 1)) is not None \
                and not (prefix := word.group()).startswith(_EVENT_PREFIXES):
            at -= len(prefix) + 1  # «каравай-фест», «бизнес-форум»: the whole word (a «фестиваль-ярмарка» is a fair)
        sides_title = _two_sides_named(s.text, m.start()) or _leaders_title(low, m.start()) \
            if rx.pattern == _DISCUSSED_CUE else ""
        out.append(Cand(t, s, s.start + at, a, b, how, members=members, composed=bool(sides_title),
                        title=sides_title or headline_title(s) or ("Встреча" if rx.pattern == _DISCUSSED_CUE else "")))
        # (talks named by their verb: «Встреча», then who from the event's parts)
        if t == "meeting" and not out[-1].body and plural_cue(m.group()) and not m.group().isascii() \
                and not _GENITIVE_BEFORE.search(low, max(0, m.start() - 24), m.start()) \
                and (pair := _two_counterparts(s.text, low, m.end())):
            # «встречи Владислава Шапши с Президентом … Лукашенко и Премьер-министром … Головченко»: talks with two
            # people, each named by office, are two meetings (GUIDE §3: one record per real-world event)
            cue_word = s.text[m.start(): m.end()]
            head_word = "Встреча" if cue_word.lower().startswith(("встреч", "сустрэч", "meeting")) else \
                cue_word[:1].upper() + cue_word[1:]
            who = s.text[m.end(): pair[0]].rstrip()  # («Владислава Шапши»: who holds the talks, if named)
            with_one, with_other = (_APPOSED_COMMA.sub(" ", s.text[x: y]) for x, y in ((pair[1], pair[2]), (pair[3], pair[4])))
            if lang_ru := not _NOT_RUSSIAN.search(s.text):
                out[-1].title = out[-1].title or f"{head_word}{who} с {with_one}"
            out[-1].body = out[-1].counterpart = with_one
            out[-1].host = who
            out.append(Cand(t, s, s.start + pair[3], a, b, how, body=with_other, host=who, counterpart=with_other,
                            title=f"{head_word}{who} с {with_other}" if lang_ru else ""))
        if t == "meeting" and not out[-1].body and plural_cue(m.group()) and (groups := _groups_meeting(low, m.end())):
            # «встречи губернаторов Витебской и Псковской областей, а также руководителей приграничных районов»,
            # "meetings between the Vitebsk and Pskov Governors, and also between heads of the border districts": talks
            # of each pair of officials listed are a meeting of their own (GUIDE §3: talks with named counterparts)
            (a1, z1), (a2, z2) = groups
            out[-1].body = low[a1:z1]
            russian = not _NOT_RUSSIAN.search(s.text)
            out.append(Cand(t, s, s.start + m.start(), a, b, how, body=low[a2:z2],
                            title="Встреча " + " ".join(s.text[a2:z2].split()[:6]) if russian else ""))
        if t == "meeting" and (two := _two_bodies(s.text, low, m.end())):
            # «продолжит переговоры в правительстве Беларуси и Минском облисполкоме»: two venues, two meetings
            cue_word = s.text[m.start(): m.end()]
            cue_word = cue_word[:1].upper() + cue_word[1:]
            out[-1].body, out[-1].title = two[0], out[-1].title or f"{cue_word} {two[0]}"
            out.append(Cand(t, s, s.start + m.start(), a, b, how, title=f"{cue_word} {two[1]}", body=two[1]))
    if (plenary := next((c for c in out if c.type == "meeting" and _PLENARY.search(low, max(0, c.pos - s.start - 24),
                                                                                    c.pos - s.start)), None)) is not None \
            and plenary.start and (of := _PLENARY_OF_FORUM.match(low, plenary.pos - s.start)) is not None \
            and ctx.recall("forum itself") is None:
        # "the final session of the 10th Forum of Regions", «пленарное заседание XI Форума регионов»: the forum the
        # session belongs to is an event too (GUIDE §3), dated by the month of the session's day
        forum_month = plenary.start[:7] if len(plenary.start) == 10 else plenary.start
        out.append(Cand("meeting", s, s.start + of.start(1), forum_month, None, plenary.how,
                        lead=_head_of("meeting", low[of.start(1):], 0)))  # (named by its own words, not the session's)
    if (talks := next((c for c in out if c.type == "meeting" and _kind_of(c) == "meeting"), None)) is not None \
            and talks.start and (frame := _FORUM_FRAME.search(low)) is not None \
            and not any(_kind_of(c) == "forum" for c in out) and ctx.recall("forum itself") is None:
        # «в рамках XI Форума регионов … состоялась встреча губернатора …», "on the sidelines of the Forum … met":
        # the container named by the part is recorded too (GUIDE §3), a forum of days by the month of the part's day
        # (GUIDE §5: "a visit or forum including talks on 4 June → 2026-06"), unless the text has told it before
        frame_month = talks.start[:7] if len(talks.start) == 10 else None
        out.append(Cand("meeting", s, s.start + frame.start(1), frame_month or talks.start, None, talks.how))
    if (session := next((c for c in out if c.type == "meeting" and not c.body), None)) is not None \
            and any(w in low for w in _SESSION_WORDS) and (inner := _TALKS_IN_SESSION.search(low)) is not None \
            and inner.start(1) > session.pos - s.start:
        # «в рамках заседания Совета состоялась встреча губернатора с вице-премьером», "within the meeting of the
        # Council there was a meeting of the Governor with …": talks held inside a session are their own meeting
        out.append(Cand("meeting", s, s.start + inner.start(1), session.start, session.end, session.how,
                        body=low[inner.start(1): inner.start(1) + 60]))  # (kept apart from the session in the merge)
    if "meeting" not in seen and (talk := find(_TALKED_WITH)) and (
            _named_person(s.text, talk.end(1)) or _OFFICE_AFTER.match(low, talk.end())):
        # «Губернатор обсудил с Александром Лукашенко перспективы …», «обсудил сотрудничество с председателем
        # облисполкома»: talks with a person or an office named, no cue noun
        a, b, how = date_for(talk.start(), "meeting")
        with_whom = f"Переговоры {_with_partner(s.text, talk.start(1))}" if not s.headline \
            and not _NOT_RUSSIAN.search(s.text) and not _named_person(s.text, talk.end(1)) else ""
        out.append(Cand("meeting", s, s.start + talk.start(), a, b, how, title=with_whom or headline_title(s)))
    ceremony = next((c for c in out if c.type == "commemoration" and c.how in ("mention", "inherited", "live", "default")
                     and _CEREMONY.match(low, c.pos - s.start)), None)
    opened = _CEREMONY.match(low, ceremony.pos - s.start) if ceremony is not None and ceremony.start else None
    if ceremony is not None and opened is not None:
        # «приняли участие в возложении цветов на мемориале … и в патриотической акции «Поезд Победы»»: two
        # ceremonies joined in one clause are two records (GUIDE §3), kept apart by what each is
        at = opened.start()
        for nxt in _CEREMONY.finditer(low, opened.end()):
            if (_JOINED_CEREMONY.search(low, max(at, nxt.start() - 12), nxt.start())
                    or _CEREMONY_AFTER.search(low, max(at, nxt.start() - 60), nxt.start())) \
                    and nxt.group().split()[0][:5] != low[at:at + 5]:
                ceremony.body = ceremony.body or low[at: at + 12]
                out.append(Cand("commemoration", s, s.start + nxt.start(), ceremony.start, ceremony.end, ceremony.how,
                                body=low[nxt.start(): nxt.start() + 12]))
                break
    if out and any(w in low for w in _PARTICIPANT_WORDS) and (held := _PARTICIPANTS_OF.search(low)) \
            and (part := next((c for c in out if c.type in ("meeting", "visit") and c.start), None)) is not None \
            and not any(c.pos - s.start == held.start(1) for c in out):
        # «встреча с участниками форума городов-побратимов», "met the participants of the forum": the gathering
        # they came to is held, its record besides the part (GUIDE §3), dated by the finest unit holding the part
        noun = held.group(1)
        kind_ = next(t for w, t in _GATHERING_TYPE if noun.startswith(w))
        part_day = part.start or ""
        out.append(Cand(kind_, s, s.start + held.start(1), part_day[:7] if len(part_day) == 10 else part_day, None,
                        part.how if part.how != "mention" else "inherited"))
    if out and not own and any(w in low for w in _CALLING_CARD_WORDS) and _CALLING_CARD.search(low):
        # «Адной з яркіх візітовак вобласці з'яўляецца купальскае свята …», «Фестиваль является визитной карточкой
        # района», "The festival is a hallmark of the region": what a gathering is known as, no edition held (GUIDE §2:
        # statuses are no events) — unless the sentence dates one
        out = [c for c in out if c.type not in ("festival", "fair")]
    if out and any(w in low for w in _EVERY_YEAR_WORDS) and _EVERY_YEAR.search(low) is not None \
            and not any(ch.isdigit() for x in own for ch in x.text) \
            and clause_tense(low, 0, len(low)) is None:
        # «Ежегодно в начале апреля Кричевский район принимает гостей из Рославля», "Every year in July the festival is
        # held": a habit told in the present, no edition of its own (GUIDE §2), undated — unless a year or a day is
        # given, or a verb of the sentence reports or announces (not "the forum, held annually in June, opened …")
        for c in out:
            if c.type in ("visit", "meeting", "festival", "fair"):
                c.start, c.end, c.how = None, None, "future"  # (what a later sentence dates: «В этом году он пройдёт …»)
    for c in out if days_named else ():
        at = c.pos - s.start
        if c.type in ("meeting", "other") and (_MARKED_WITH.search(low, max(0, at - 120), at) and _INSTRUMENTAL.match(low, at)
                                               or _MARKED_WITH_EN.search(low, max(0, at - 80), at)):
            c.type = "commemoration"  # «День единения отметили встречей творческих коллективов»: what the day was
            # marked with is a ceremony for it (GUIDE §4.5), not talks or a show of its own
    if out and ("уя " in low or "товя " in low or "ючы " in low or "ing " in low):
        # «Планируя и организуя встречу …», «рыхтуючы сустрэчу», "while planning the meeting": the event as what was
        # being planned, in a gerund — no event of its own (GUIDE §2: intentions are none)
        out = [c for c in out if not _PLANNED_GERUND.search(low, max(0, c.pos - s.start - 40), c.pos - s.start)]
    cancelled = bool(out) and bool(find(_CANCEL))
    clock = _CLOCK.search(low) if out and _CLOCK_DIGITS.search(low) else None
    for_signing = bool(out) and ("подпис" in low or "падпіс" in low or "sign" in low) and bool(_FOR_SIGNING.search(low))
    for c in out:
        if cancelled and c.type in ("visit", "meeting", "fair", "festival"):
            c.type = "other"
        if for_signing and c.type == "agreement":
            c.start, c.end, c.how = None, None, "future"  # «18 июля одобрен к подписанию план»: approved that day,
            # signed later
        if clock and c.start and len(c.start) == 10 and not c.end and c.how in ("mention", "live"):
            c.time = f"{int(clock.group(1)):02d}:{clock.group(2)}"
    return out


_SESSION_WORDS = ("заседани", "пасяджэнн", "session", "meeting of the")
_TALKS_IN_SESSION = re.compile(
    r"(?:в рамках|в ходе|во время|на полях|[уў] рамках|падчас|[уў] ходзе|within|during|on the sidelines of|in the "
    r"framework of)\s+(?:\S+\s+){0,2}?(?:заседани|пасяджэнн|sessions?\b|meeting of the)[^.;]{0,200}?\b(встреч[аиуе]|"
    r"переговоры|сустрэч[аы]|перамовы|a meeting|talks)\b(?=[^.;]{0,120}?\b(?:с|со|з|with)\s)")
_TWIN_HEAD = "Установление побратимских связей"
_OF_THE_TOWN = re.compile(r"\s*(?:со дня |с момента )?(?:основания|заснавання) (?:города|горада)\b|\s*of the (?:city|town)'s "
                          r"founding|\s*(?:since|of) the founding of the (?:city|town)")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЎ][\w'-]+")


def _twin_title(text: str) -> str:
    """«В 2014 году Минск стал побратимом Мурманска» → «Установление побратимских связей Минска и Мурманска»."""
    towns = list(dict.fromkeys(n for w in _CAPITALISED.findall(text) if (n := place_name(w)) and " " not in n
                               and n not in COUNTRIES and not n.endswith(("область", "край", "Республика"))))
    if len(towns) < 2:
        return _TWIN_HEAD
    return f"{_TWIN_HEAD} " + " и ".join(nominative_phrase([t], "gent") for t in towns[:2])


_BODY = (r"(?:правительств|облисполком|горисполком|райисполком|министерств|администраци|парламент|посольств|мэри"
         r"|совет\w* министров|урад|аблвыканкам|гарвыканкам|райвыканкам|міністэрств|адміністрацы|пасольств"
         r"|саве[тц]\w* міністраў|government|executive committee|ministry|administration|parliament|embassy|city hall"
         r"|council of ministers)\w*")
@lru_cache(maxsize=1)
def _two_bodies_rx() -> re.Pattern[str]:
    """Compiled on first use: most documents never name talks (it took 2 ms of every process's start)."""
    return re.compile(rf"\s+(?:\S+\s+){{0,4}}?((?:в|во|у|ў|at|in)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_BODY}"
                      rf"(?:\s+(?!и\s|і\s|and\s)[\w-]+){{0,2}})\s+(?:и|і|and)\s+((?:(?:в|во|у|ў|at|in)\s+)?"
                      rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_BODY}(?:\s+(?!и\s|і\s|and\s)[\w-]+){{0,2}})")


# «в ходе встречи с A и B», «падчас сустрэчы»: a singular meeting in the genitive (one meeting with both), not «встречи»
_GENITIVE_BEFORE = re.compile(r"(?:ходе|время|итогам|рамках|после|результатам|участник\w*|для|до|от|без|падчас|час|выніках"
                              r"|пасля|удзельнік\w*|дзеля)\s+(?:\S+\s+)?$")
_NOT_RUSSIAN = re.compile(r"[іўІЎ]|[a-zA-Z]{3}")
# an office opening a counterpart's phrase: the roles of people.py, and a few that open it in other words
_ROLE_START = re.compile(rf"(?:{lx.ROLES}|віцэ-\w+|першы\w* намеснік\w*|state secretary\b|secretary\b|speaker\b)", re.I)


def _two_counterparts(text: str, low: str, end: int) -> tuple[int, int, int, int, int] | None:
    """Where the two people a meeting cue names as its counterparts stand: «с Президентом Беларуси Александром
    Лукашенко и Премьер-министром Романом Головченко», "with President Lukashenko and Prime Minister Golovchenko" —
    each an office and a name (capitalised words), joined by «и», «і», "and"; (start, end) of the first and of the
    second, after where «с», "with" stands; or None."""
    w = WITH.match(low, end) or WITH.search(low, end, min(len(low), end + 60))
    if w is None or "," in low[end: w.start()]:
        return None
    a = w.end()
    role1 = _ROLE_START.match(low, a)
    if role1 is None:
        return None
    j = _AND_ROLE.search(low, role1.end(), min(len(low), a + 110))
    if j is None or any(ch in _APPOSED.sub("", text[a: j.start()]) for ch in ",;:.") \
            or not _CAPITALS_IN.search(text, a, j.start()):
        return None  # (a name set off by a comma is the office's: «с заместителем премьер-министра, Владимиром Семашко»)
    b = j.end("rest")
    role2 = _ROLE_START.match(low, b)
    if role2 is None:
        return None
    stop = _CLAUSE_STOP.search(low, role2.end())
    if stop is not None and (named := _APPOSED.match(text, stop.start())) is not None:
        stop = _CLAUSE_STOP.search(low, named.end())
    z = stop.start() if stop else len(low)
    if z - b > 90 or not _CAPITALS_IN.search(text, role2.end(), z):
        return None
    return w.start(), a, j.start(), b, z


# a name set off by commas after an office: «, Владимиром Семашко», ", Vasily Zharko"
_APPOSED = re.compile(r",\s+[A-ZА-ЯЁІЎ][\w'’-]+\s+[A-ZА-ЯЁІЎ][\w'’-]+(?:\s+[A-ZА-ЯЁІЎ][\w'’-]+)?")
_APPOSED_COMMA = re.compile(r",\s+(?=[A-ZА-ЯЁІЎ])")
_AND_ROLE = re.compile(r"\s+(?:и|і|and)\s+(?P<rest>(?:(?:с|со|з|with)\s+)?)")
# officials who meet as a group: «губернаторов …», «руководителей …», "between the … Governors", «кіраўнікоў …»
_OFFICIALS = re.compile(r"\s*(?:между\s+|паміж\s+|between\s+(?:the\s+)?)?(?:\S+\s+){0,3}?(?:губернат[оа]р|руководител|глав"
                        r"|председател|мэр|кіраўнік|старшын|governors?\b|heads?\b|mayors?\b|chairm|leaders?\b)\w*"
                        r"(?:\s+(?!и\b|і\b|and\b|а\b)[^\s,.;:]+){0,3}")
_THEN_OFFICIALS = re.compile(r",?\s+(?:а также|а таксама|and also|as well as|and)\s+")


def _groups_meeting(low: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two groups of officials a plural meeting cue lists stand («встречи губернаторов …, а также
    руководителей приграничных районов»), or None."""
    one = _OFFICIALS.match(low, end)
    if one is None:
        return None
    then = _THEN_OFFICIALS.search(low, one.end(), min(len(low), one.end() + 80))
    if then is None or any(ch in low[one.end(): then.start()] for ch in ".;:"):
        return None
    two = _OFFICIALS.match(low, then.end())
    if two is None:
        return None
    return (one.start() + len(one.group()) - len(one.group().lstrip()), one.end()), \
        (two.start() + len(two.group()) - len(two.group().lstrip()), two.end())
_CAPITALS_IN = re.compile(r"\s[A-ZА-ЯЁІЎ][a-zа-яёіў'’-]+\s+[A-ZА-ЯЁІЎ][a-zа-яёіў'’-]+")
_CLAUSE_STOP = re.compile(r"[,;:.!?()]|\s[—–-]\s|\s(?:и|і|and|а|but|where|где|дзе|which|который|которая|якая|які)\s")


def _two_bodies(text: str, low: str, end: int) -> tuple[str, str] | None:
    """The two bodies one cue puts talks at, as written: («в правительстве Беларуси», «в Минском облисполкоме»)."""
    m = _two_bodies_rx().match(low, end, min(len(low), end + 160))
    if m is None or _PROGRAMME_WORD.search(low):
        return None
    first, second = text[m.start(1): m.end(1)].rstrip(".,;"), text[m.start(2): m.end(2)].rstrip(".,;")
    if not second.lower().startswith(("в ", "во ", "у ", "ў ", "at ", "in ")):
        second = first.split()[0] + " " + second  # «в правительстве и Минском облисполкоме»
    return first, second


def _own_right(low: str, own: list[Mention]) -> bool:
    """Reported in its own right: with its own day or hour, a name in quotes, or a verb of its own that says it
    was held («В Ратуше состоялся праздничный приём»), not as a word of a programme's list."""
    return any(len(x.value) >= 7 for x in own) or bool(_CLOCK.search(low)) or bool(_QUOTED.search(low)) \
        or bool(_WAS_HELD.search(low))


def _of(title: str) -> str:
    """«Основание Минска» → «основания Минска»: a base event's title as the genitive after «N-летие»."""
    words = title.split()
    return nominative_phrase([words[0].lower(), *words[1:]], "gent")


def _labelled_in_a_list(low: str, numbered: list[re.Match]) -> set[int]:
    """The starts of anniversaries listed after one a label governs: «событие посвящено 80-летию освобождения …,
    25-летию подписания Договора …, а также …» dedicates to each, as «посвящено» does to the first."""
    out: set[int] = set()
    for prev, m in zip(numbered, numbered[1:], strict=False):
        between = low[prev.end(): m.start()]
        if (prev.start() in out or not _observed(low, prev.start())) and len(between) < 120 \
                and _LIST_GAP.search(between) and not _CLAUSE_BREAK_IN.search(between):
            out.add(m.start())
    return out


# what joins the items of a list («, », «и», «а также», "and"), and what would end the clause between them
_LIST_GAP = re.compile(r"(?:,|\s(?:и|і|а также|а таксама|and|as well as))\s+(?:\S+\s+)?$")
_CLAUSE_BREAK_IN = re.compile(r"[.;:!?]|\s(?:который|которая|которое|которые|які|якая|якое|which|that|где|дзе|where)\s")


def _observed(low: str, at: int) -> bool:
    """An anniversary is an event only where it is observed, not where it labels a year («в год 80-летия»),
    dedicates another event («фестиваль посвящён 70-й годовщине») or states an age («исполняется 200 лет»)."""
    before = low[max(0, at - 60): at]
    if not _ANNIV_LABEL.search(before):
        return True
    return bool(_OBSERVED.search(low, 0, at))


# «450-летие Уфы», «1000-летия города Курска», "the 450th anniversary of Ufa": the town whose years are counted
_TOWN_COUNTED = re.compile(r"\s+(?:of\s+)?(?:(?:города|горада|the\s+city\s+of|г\.)\s*)?([A-ZА-ЯЁІЎ][\w'-]+)")


def _town_counted(text: str, at: int) -> str | None:
    """The town right after an anniversary's number, if the word is one: its anniversary is held there, unless the
    sentence names another place than the town and what holds it («В Минске отметили 880-летие Москвы»)."""
    m = _TOWN_COUNTED.match(text, at)
    name = place_name(m.group(1)) if m else None
    if not name or name in COUNTRIES or " " in name or region_of(name) is None:
        return None
    return name if all(p == name or holds(p, name) for _, p in places_in(text)) else None


_FROM_INVADERS = re.compile(r"\s*(?:(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:своего|свайго)\s+)?(?:освобождени\w*|вызвалення"
                            r"|liberation))\s+(?:\S+\s+){0,2}?(?:от|ад|from)\s")
_LIBERATIONS = [(rx, t, b, place) for rx, t, b, place in _BASES if t.startswith("Освобождение")]


# a liberation day named as a day: «День освобождения Смоленщины», «Дзень вызвалення Віцебска», "Liberation Day of
# Vitebsk", "the Day of the Liberation of Grodno"
_LIBERATION_DAY = re.compile(r"\b(?:дн(?:ем|ём|я|ю|е)|день|дзень|дня|дню)\s+(?:освобождения|вызвалення)\s"
                             r"|\b(?:liberation day|day of (?:the )?liberation)\s+(?:of\s+)?")


def _liberation_of(text: str, first: bool = False, host: bool = False) -> tuple[str, str, str | None] | None:
    """The liberation (its name, day, place) of the town or region a sentence names, from the lexicon's bases (with
    ``first``: of the words the text opens with, capitalised words read as places one by one; with ``host``: of the
    town that celebrates it first, «Витебск торжественно отметил 80-ю годовщину освобождения от …»)."""
    names = [p for _, p in places_in(text)] + list(named_parties(text))
    if first:
        names = [n for w in _CAPITALISED.findall(text)[:2] if (n := place_name(w))] + names
    if host and (town := host_named_first(text)):
        names = [town, *names]
    for name in names:
        probe = "освобождения " + name.lower().replace("ё", "е")
        got = next(((t, b, place) for rx, t, b, place in _LIBERATIONS if rx.search(probe)), None)
        if got is not None:
            return got
    return None


# «Беларусь отметила 80-летие освобождения Минска», "Russia celebrated …": a country as who marks the day
_COUNTRY_MARKS = re.compile(r"(?<![\w-])(беларусь|белоруссия|россия|расія|belarus|russia)\s+(?:\S+\s+){0,3}?"
                            r"(?:отметил[аи]?|отмечает|отмечают|отпраздновал[аи]?|празднует|адзначыла|адзначае"
                            r"|адсвяткавала|святкуе|marked|marks|celebrated|celebrates)\b")


def _celebrant(before: str) -> str | None:
    """The town or country named as who marks an anniversary, before it («Гомель отметил 80-летие освобождения
    Минска»: held in Гомель; «Беларусь отметила 80-летие освобождения столицы»: in the country)."""
    if (town := host_named_first(before)) is not None:
        return town
    m = _COUNTRY_MARKS.search(before.lower()) if any(w in before for w in ("Бел", "Рос", "Рас", "Bel", "Rus")) else None
    return place_name(before[m.start(1): m.end(1)]) if m else None


def _anniversary(s: Sentence, m: re.Match, stop: int, own: list[Mention], date_for,
                 pub_year: int | None = None) -> Cand | None:
    """«80-летие Победы в Курской битве» → a commemoration in 1943 + 80, with its base recorded."""
    low = s.low
    if low.endswith(("his ", "her "), 0, m.start()):
        return None  # "congratulated him on his 60th birthday": a person's years, no observance of the calendar
    n = int(re.sub(r"\s", "", m.group(1) or m.group(2) or m.group(3) or m.group(4)))  # «1 160-й годовщиной»: a thousands space
    rest = low[m.end(): min(stop, m.end() + 80)]
    base = next(((t, b, place) for rx, t, b, place in _BASES
                 if (rx.match(rest) if t in _FOUNDING else rx.search(rest))), None)
    if base is None and (named := _NAMED_BEFORE.search(low, max(0, m.start() - 30), m.start())):
        base = next(((t, b, place) for rx, t, b, place in _BASES if t in _FOUNDING and rx.match(named.group(1))),
                    None)
    if base is None and _OF_THE_TOWN.match(rest):  # «1160-й годовщиной основания города» in a text about Смоленск
        towns = {place_name(w) for w in _CAPITALISED.findall(s.text)}
        base = next(((t, b, place) for _, t, b, place in _BASES if t in _FOUNDING and place in towns), None)
    if base is None and _FOUNDED.search(rest[:60]):
        # «757-ю гадавіну з дня заснавання», "the 757th anniversary of its founding": the town the sentence names,
        # counted from the founding year the gazetteer of foundings gives, if that lands within a year of the text
        for w in _CAPITALISED.findall(s.text):
            town = place_name(w)
            if town is None or " " in town:
                continue
            got = TOWN_STEMS.get(fold(town)) or TOWN_STEMS.get(fold(town)[:-1])
            if got and (pub_year is None or abs(got[0] + n - pub_year) <= 1):
                base = (f"Основание {nominative_phrase([town], 'gent')}", f"{got[0]:04d}", town)
                break
    named_by_place = False
    if base is None and _FROM_INVADERS.match(rest):
        # «Брянская область отметила 75-летие освобождения от немецко-фашистских захватчиков», "Bryansk region
        # celebrated the 75th anniversary of the liberation from the Nazi invaders": the place the sentence names
        base = _liberation_of(s.text, host=True)
        named_by_place = base is not None
    words = [clean(w) for w in _phrase(s.text, m.end(), 8) if clean(w)]
    if words and top_pos(words[0].lower()) == "VERB":
        words = []  # «875-летие отмечает столица России»: the clause's verb, not what the anniversary is of
    head = (f"{n}-летие" if ("лет" in m.group() or "годдз" in m.group()) and m.group(1) else f"{n}-я годовщина"
            if "годовщ" in m.group() or "гадавін" in m.group() else m.group())
    if "годдз" in m.group() or "гадавін" in m.group():
        # «1160-годдзя Полацка адбыліся»: Belarusian words stay out of a Russian title, but for the town counted
        town = place_name(words[0]) if words and words[0][:1].isupper() else None
        words = [nominative_phrase([town], "gent")] if town and " " not in town else []
    if m.group(4):  # «Жодзіна адзначае 55-ты дзень нараджэння», "Zhodino celebrates its 55th birthday": the town's
        # years, «55-летие Жодино», the town named right before the verb or the number
        town = birthday_town = next((t for w in reversed(_CAPITALISED.findall(s.text[: m.start()])) if (t := place_name(w))
                                     and " " not in t and t not in COUNTRIES), None)
        head, words = f"{n}-летие", [nominative_phrase([town], "gent")] if town else []
    else:
        birthday_town = None
    if m.group(3):  # «80 лет освобождения Беларуси» → «80-летие освобождения Беларуси»
        head = f"{n}-летие"
        title = f"{head} {_of(base[0])}" if base else " ".join([head, *words]) if "гадоў" not in m.group() else head
    else:
        title = " ".join([head, *words]) if m.group(1) or m.group(4) else " ".join(_phrase(s.text, m.start(), 9))
    if base and (len(title.split()) < 2 or named_by_place):  # «Минск – 955-летие»: the base names what is counted
        title = f"{head} {_of(base[0])}"  # (and «75-летие освобождения Брянщины» for «… освобождения от захватчиков»)
    if base and not 0 < int(base[1][:4]) + n <= 9999:
        base = None  # «9999-летие Курской битвы»: no such year
    greeting = any(w in low[:m.start()] for w in _GREETING_WORDS) \
        and bool(_ON_OCCASION.search(low, max(0, m.start() - 24), m.start())) \
        and not (_OBSERVED.search(low) or _MARKS.search(low))
    # ("sent greetings … on the occasion of the 75th anniversary of the Battle of Kursk": see events._greetings_only)
    if not base:
        if _GREETING.search(low, max(0, m.start() - 60), m.start()):
            return None  # «Поздравь телеканал с 15-летием»: a greeting names an anniversary, nobody marks it here
        a, b, how = date_for(m.start(), "commemoration")
        return Cand("commemoration", s, s.start + m.start(), a, b, how, title=title,
                    location=_town_counted(s.text, m.end()) or birthday_town)
    year = int(base[1][:4]) + n
    if base[2] and (venue := _celebrant(s.text[: m.start()])) and venue != base[2]:
        base = (base[0], base[1], venue)  # (who marks it, named before it, is where)
    said = next((x for x in own if not _PERIOD.fullmatch(x.value) and x.value[:4].isdigit()
                 and abs(int(x.value[:4]) - year) > 1), None)
    if said is not None and pub_year is not None and abs(int(said.value[:4]) - pub_year) <= 1:
        # «На этих выходных Гомель отмечает 800-летие»: the text dates the observance this year; a founding year
        # that gives another is not this town's count (the text wins, and no base is kept to compute from)
        a, b, how = date_for(m.start(), "commemoration")
        return Cand("commemoration", s, s.start + m.start(), a, b, how, title=title, location=base[2],
                    greeting=greeting)
    start = f"{year:04d}{base[1][4:]}"
    if start[4:] == "-02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        start = start[:4] + "-02-28"
    end = None
    if len(base[1]) == 4:  # only the year is known: a date of the sentence in that year is finer («На этих
        # выходных … Минск – 955-летие»: the weekend, both days)
        same_year = next((split(x.value) for x in own if (split(x.value)[0] or "")[:4] == str(year)), None)
        if same_year is not None and same_year[0]:
            start, end = same_year[0], same_year[1]
    return Cand("commemoration", s, s.start + m.start(), start, end, "computed", title=title, location=base[2],
                base=f"{base[0]} ({base[1][:4].lstrip('0')})", greeting=greeting)


_PHRASE_END = re.compile(
    r"(?<!\s[гГ])[.;:!?()—–]|,(?!\s*(?:посвящ|приуроч))|\s-\s|\sи\s(?![А-ЯЁ])|\sand\s|\s(?:под руководством|во главе|с участием|на чале|headed by)\b"
    r"|\s(?:состоял\w*|прош(?:ел|ла|ло|ли)|пройд\w+|состоится|состоятся|начал\w*|стал\w*|будет|будут|был\w*"
    r"|подписа\w*|заключ\w*|утверд\w*|signed|прибыл\w*|прибудет|посетил\w*|посетит|побывал\w*|находил\w*"
    r"|приня(?:л|ла|ли)|примет|провел\w*|провед\w+|открыл\w*|откроется|стартовал\w*|стартует)\b"
    r"|\s(?:у|к) (?:себя|себе)\b"  # «приняли большую делегацию у себя в регионе»
    r"|\s(?:с|со|в|во|на)\s+(?:этого|этом|прошлого|прошлом|следующего|следующем|текущего|текущем|нынешнего"
    r"|нынешнем)\s+год"
    # a date ends the name: «По итогам переговоров 24 июня стороны …» → «Переговоры»
    r"|\s(?:(?:в|во|с|со|on)\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август"
    r"|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
    # and a month named as a time («визит … в конце марта», «у пачатку красавіка», "in late March")
    r"|\s(?:в|во|у|ў|in)\s+(?:(?:начале|конце|середине|пачатку|канцы|сярэдзіне|early|late|mid)[\s-]+)?(?:январ|феврал|март|апрел"
    r"|ма[яйе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жні[ўв]н"
    r"|верасн|кастрычнік|лістапад|снеж|january|february|march|april|june|july|august|september|october|november"
    r"|december)"
    # so does a year («подписали соглашение в 2015 году»): a title never holds its date
    r"|\s(?:(?:в|во|с|со|у|in|since)\s+)?(?:1[89]|20)\d\d(?:\s*(?:год\w*|г\.|годзе))?(?=[\s,.;:]|$)")
_LOOSE_END = re.compile(r"(?:в|во|на|с|со|по|и|к|о|об|для|от|из|за|у|\w+(?:ой|ого|ой|их|ых|ий|ый|ая|ую))")


_BETWEEN = re.compile(r"(?:^|\s)(?:между|паміж|between)\s")
_AND = re.compile(r"\s(?:и|і|and)\s")


def _goes_on(chunk: str, cut: re.Match[str]) -> bool:
    """A name goes on past ``cut`` where «между» has named one side only («между брестской гимназией №2 | и средней
    школой №62 Курска») or where adjectives are listed before their noun («о торгово-экономическом, | научно-техническом
    и культурном сотрудничестве»)."""
    mark = cut.group().strip()
    if mark not in (",", "и", "і", "and"):
        return False
    before = chunk[: cut.start()]
    if mark != "," and (between := list(_BETWEEN.finditer(before))) and not _AND.search(before, between[-1].end()):
        return True
    last = before.split()[-1:] if before.split() else []
    after = chunk[cut.end():].split()[:2]
    if after and after[0].lower() in ("и", "і"):
        after = after[1:]
    if not last or not after:
        return False
    a, b = last[0].strip("«»\"“”").lower(), after[0].strip("«»\"“”,").lower()
    a, b = a.rsplit("-", 1)[-1], b.rsplit("-", 1)[-1]  # («торгово-экономической, научно-технической»: the last part)
    if not (a.isalpha() or "-" in a) or not (b.isalpha() or "-" in b) \
            or last[0].lstrip("«\"“")[:1].isupper() != after[0].lstrip("«\"“")[:1].isupper():
        return False  # («Дмитрием Крутым и чрезвычайным …»: a surname, then another's office)
    cases_a = {p.tag.case for p in parses(a) if p.tag.POS == "ADJF"}
    return bool(cases_a) and top_pos(a) in ("ADJF", None) and top_pos(b) in ("ADJF", None) \
        and bool(cases_a & {p.tag.case for p in parses(b) if p.tag.POS == "ADJF"})


_CURLY_QUOTES = str.maketrans("“”", "«»")
_LOW_QUOTES = str.maketrans("„“", "«»")


def _phrase(text: str, at: int, limit: int = 14) -> list[str]:
    """Words from ``at`` up to punctuation, a conjunction, a verb or ``limit`` words, without a hanging
    preposition or adjective at the end."""
    chunk = text[at: at + 300]
    if "“" in chunk or "„" in chunk:  # “…”, „…“: the name in quotes the way «…» holds it (titles quote in «»)
        chunk = chunk.translate(_LOW_QUOTES if "„" in chunk else _CURLY_QUOTES)
    cut = _PHRASE_END.search(chunk)
    if cut and chunk.count("«", 0, cut.start()) > chunk.count("»", 0, cut.start()):
        close = chunk.find("»", cut.start())  # «Славянское единство — 2025»: a name ends at its closing quote
        cut = _PHRASE_END.search(chunk, close + 1) if close >= 0 else cut
    elif cut and chunk.count('"', 0, cut.start()) % 2:  # the same in straight quotes: "Славянское единство - 2023"
        close = chunk.find('"', cut.start())
        cut = _PHRASE_END.search(chunk, close + 1) if close >= 0 else cut
    for _ in range(4):  # «между гимназией №2 и средней школой №62», «о торгово-экономическом, научно-техническом и
        if not (cut and _goes_on(chunk, cut)):  # культурном сотрудничестве»: both sides, the noun of its adjectives
            break
        cut = _PHRASE_END.search(chunk, cut.end())
    words = (chunk[: cut.start()] if cut else chunk).split()
    if cut and len(words) >= 3 and cut.group()[1:2].isalpha() and _plural_subject(words[-2], words[-1], cut.group().strip()):
        words.pop()  # «Во время встречи в райисполкоме стороны подписали …»: «стороны» is the verb's subject
    if len(words) > 1 and top_pos(words[0].strip("«»\"“”(),").lower()) == "NOUN" and _oblique(words[0]) \
            and _object_starts(words[1]):
        words = words[:1]  # «подписали по итогам переговоров две дорожные карты»: the verb's object, not the name's
    for i, w in enumerate(words[1:limit + 1], 1):  # a finite verb ends the name: «… стороны обозначили»
        core = w.strip("«»\"“”(),").lower()
        after = words[i + 1].strip("«»\"“”(),.").lower() if i + 1 < len(words) else ""
        inside = chunk.find(w) + len(w.rstrip(",.;:!?)").rstrip("»\"”"))  # (a name in quotes, «Родны кут», «Единством
        # сильны», — its comma after the quote too — holds no predicate)
        if core.isalpha() and top_pos(core) in ("VERB", "PRTS", "ADJS", "INFN") \
                and not (after.isalpha() and adjective_before_noun(core, after)) \
                and chunk.count("«", 0, inside) <= chunk.count("»", 0, inside):
            # («Коренскую ярмарку»: a guessed verb that agrees with the noun after it is its adjective; «должна
            # состояться», «должен стать»: a predicate ends the name as a verb does)
            words = words[:i]
            if i >= 3 and (_new_subject(words[-2], words[-1]) or _plural_subject(words[-2], words[-1], core)):
                words.pop()  # «80-летия Победы в … войне праздник приобрел»: «праздник» is the verb's subject
            elif i >= 4 and _oblique(words[0]) and (k := next((j for j in range(2, len(words)) if _TITLED.fullmatch(
                    words[j]) and parses(words[j].lower())[0].tag.case == "nomn"), 0)):
                words = words[:k]  # «в ходе визита в Минск Президент Татарстана Рустам Минниханов встретился»: the
                # clause's subject, an office capitalised, ends the visit's name
            elif i >= 2 and _oblique(words[0]) and _SURNAME_SUBJECT.fullmatch(words[-1]):
                words.pop()  # «своего визита Куйвашев подчеркнул»: the surname is the verb's subject
                if len(words) > 1 and words[-1][:1].isupper() and _first_name(words[-1]):
                    words.pop()  # (and the first name before it: «… Радий Хабиров отметил»)
            elif i >= 4 and _oblique(words[0]):
                k = len(words)
                while k > 2 and _nominative(words[k - 1], noun=k == len(words)):
                    k -= 1
                if k < len(words) - 1:  # «на рабочей встрече с премьер-министром … псковская делегация обсудила»:
                    words = words[:k]  # the clause's subject (an adjective and its noun), not the meeting's name
            break
    if len(words) > limit and any(w.lower() in ("между", "паміж", "between") for w in words[:limit]):
        limit += 8  # (both sides, however long their names: «… между комитетом по здравоохранению Мингорисполкома и
        # департаментом здравоохранения Москвы»)
    if len(words) > limit:
        words = words[:limit]
        while len(words) > 1 and _LOOSE_END.fullmatch(words[-1].lower()):
            words.pop()
    while len(words) > 1 and (re.fullmatch(r"(?:в|во|на|с|со|по|и|к|о|об|для|от|из|за|у)", words[-1].lower())
                              or (_dangling(words[-1]) or _hanging_adjective(words[-1]))
                              and not (words[-1][:1].isupper() and (_first_name(words[-2])
                                                                    or place_name(words[-1].strip(".,;:!?»")) is not None))):
        words.pop()  # but «Дмитрием Крутым», «Иваном Крупко» are names, not a hanging adjective or an adverb (nor
        # «… между Минском и Новосибирском», a town that reads as an adjective)
    while len(words) > 2 and " ".join(words[-2:]).lower() in _COMPOUND_PREPOSITIONS:
        del words[-2:]  # «… в российской столице в связи»: a preposition of two words, cut from its noun
    return words


_NAMED_BY_YEAR = re.compile(r"(?:войн\w*|вайн\w*|сражени\w*|бітв\w*|битв\w*|героям|героев|герояў|\bwar|\bbattle|heroes)"
                            r"\s+(?:of\s+)?(?:in\s+)?$")
# those a memorial honours, by when they fell: «погибшим при обороне … в», «якія загінулі … ў», "who died … in"
_FELL_IN = re.compile(r"(?:погибш|павш|загінул|загіблы|палегл|who\s+(?:died|fell|were\s+killed)|killed|fallen)\w*"
                      r"(?:\s+\S+){0,5}?\s+(?:в|во|у|ў|in)\s+$")
_ANNOUNCED_OBJECT = re.compile(r"\b(?:анонсировал\w*|анансава\w*|announced|объявил\w* о|аб['’]явіў\w* пра)\s+"
                               r"(?:the\s+|о\s+|об\s+|пра\s+)?(?:\S+\s+){0,2}$")
_ANNIVERSARY_OF = re.compile(r"(?:лети\w*|годовщин\w*|годдз\w*|гадавін\w*|anniversary(?: of| since)?)\s+(?:со дня\s+|з дня\s+"
                             r"|the\s+)?$")  # ("the 20th anniversary since the signing")
# a capitalised surname in its masculine nominative («Куйвашев», «Крупко», «Островский»): a clause's subject
_SURNAME_SUBJECT = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий|ко|ук|юк|ич)")
_TITLED = re.compile(r"(?:[Пп]резидент|[Гг]убернатор|Глава|[Пп]редседатель|[Пп]ремьер-министр|[Мм]инистр|[Пп]осол|[Мм]эр"
                     r"|[Сс]пикер|[Вв]ице-губернатор|[Вв]ице-премьер)")  # (an office in lower case too: «губернатор»)
_COMPOUND_PREPOSITIONS = frozenset(["в связи", "в рамках", "в ходе", "во время", "по случаю", "в честь", "по итогам",
                                    "в сфере", "в сферах", "в области", "по вопросам", "в части", "в целях", "у сферы",
                                    "у галіне", "in the field", "in the sphere",
                                    "в преддверии", "в течение", "у сувязі", "у рамках", "у ходзе", "in connection",
                                    "as part", "on the occasion", "in honour", "in honor"])


def _town_before(text: str, at: int) -> bool:
    """"Minsk City Days": a town's name, capitalised, is the word before ``at``."""
    words = text[max(0, at - 40): at].split()
    return bool(words) and words[-1][:1].isupper() and place_name(words[-1]) is not None


def _named_person(text: str, at: int) -> bool:
    """Does a person's name follow ``at`` («с Александром Лукашенко», "with Alexander Lukashenko")?"""
    words = text[at: at + 60].split()[:2]
    if len(words) < 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    return words[0].isascii() or _first_name(words[0].strip(",."))


@lru_cache(maxsize=4096)
def plural_cue(cue: str) -> bool:
    """«визитов», «заседаний», "visits": a cue word that can count several (not «заседании», "session")."""
    core = cue.split()[0].lower()
    if core.isascii():
        return core.endswith("s")
    if "і" in core or "ў" in core or core.startswith(("дэлег", "візі", "візы", "пасядж", "сустрэч")):
        return core.endswith(("ы", "і", "аў", "яў", "ый", "ій", "ей"))  # «43 дэлегацыі», «15 візітаў», «16 дэлегацый»
        # (pymorphy3 knows no Belarusian)
    return any(p.tag.number == "plur" for p in parses(core) if p.tag.POS == "NOUN") or not parses(core)


def _adjective(word: str) -> bool:
    """«ежегодной», «Курской» are adjectives before a noun; «гостей», «заседаний» only look like them."""
    core = word.strip("«»\"“”").lower()
    return not core.isalpha() or not parses(core) or any(p.tag.POS in ("ADJF", "PRTF") for p in parses(core))


def _first_name(word: str) -> bool:
    return word[:1].isupper() and any("Name" in p.tag for p in parses(word.lower()))


def _hanging_adjective(word: str) -> bool:
    """«концерт белорусских» (cut before «и брянских артистов»): an adjective without its noun."""
    core = word.lower()
    return core.isalpha() and top_pos(core) == "ADJF"


def _plural_subject(before: str, word: str, verb: str) -> bool:
    """A noun after a noun in the locative, dative or instrumental case, before a plural past verb, that may be a
    nominative plural is the verb's subject («во время встречи в райисполкоме стороны подписали»), though its likeliest
    reading is a genitive."""
    b, w = before.strip("«»\"“”(),").lower(), word.strip("«»\"“”(),").lower()
    if not (verb.endswith(("ли", "лись")) and b.isalpha() and w.isalpha()):
        return False
    pb = parses(b)
    return bool(pb) and pb[0].tag.POS == "NOUN" and pb[0].tag.case in ("loct", "datv", "ablt") \
        and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and "plur" in p.tag for p in parses(w))


def _new_subject(before: str, word: str) -> bool:
    """A nominative noun right after a noun in the locative, dative or instrumental case opens a new clause."""
    b, w = before.strip("«»\"“”(),").lower(), word.strip("«»\"“”(),").lower()
    if not (b.isalpha() and w.isalpha()):
        return False
    pb, pw = parses(b), parses(w)
    if not (pb and pw and pb[0].tag.POS == "NOUN" and pw[0].tag.POS == "NOUN" and pw[0].tag.case == "nomn"
            and pw[0].score >= 0.5):
        return False
    # after a genitive only a lower-case noun that cannot itself be a genitive («Смоленщины регион ждет»)
    return pb[0].tag.case in ("loct", "datv", "ablt") or pb[0].tag.case == "gent" and word[:1].islower() \
        and not any(p.tag.case == "gent" for p in pw if p.tag.POS == "NOUN")


def _oblique(word: str) -> bool:
    """A cue word in no nominative reading («встрече», «визите»): the phrase it opens is an adverbial, not a subject."""
    ps = parses(word.strip("«»\"“”(),").lower())
    return bool(ps) and all(p.tag.case not in ("nomn", "accs") for p in ps if p.tag.POS in ("NOUN", "ADJF"))


def _object_starts(word: str) -> bool:
    """A lower-case numeral, noun or adjective with no genitive reading («две», «дорожные», «документы»): after a
    cue in an oblique case it cannot belong to the cue's name (which goes on in the genitive or a preposition)."""
    w = word.strip("«»\"“”(),")
    if not (w.isalpha() and w.islower()):
        return False
    ps = [p for p in parses(w) if p.tag.POS in ("NOUN", "ADJF", "NUMR")]
    return bool(ps) and ps[0].score >= 0.3 and not any(p.tag.case == "gent" for p in ps) \
        and any(p.tag.case in ("nomn", "accs") for p in ps)


def _nominative(word: str, noun: bool) -> bool:
    """A lower-case noun (``noun``) or adjective whose likeliest reading is the nominative («делегация», «псковская»)."""
    w = word.strip("«»\"“”(),")
    if not (w.isalpha() and w.islower()):
        return False
    ps = parses(w)
    return bool(ps) and ps[0].tag.case == "nomn" and ps[0].tag.POS == ("NOUN" if noun else "ADJF") and ps[0].score >= 0.4


def _dangling(word: str) -> bool:
    """«… сегодня», «… не просто», «… еще»: an adverb, particle or conjunction cannot end a name."""
    core = word.lower()
    if not core.isalpha():
        return False
    return top_pos(core) in ("ADVB", "PRCL", "CONJ", "PREP", "INTJ")


_AFTER_SETTING = re.compile(r"(?:в ходе|во время|по итогам|в рамках|после|на|во|в|during|at|after)\s+$")
_SUBJECTS = frozenset("стороны участники собеседники партнеры партнёры коллеги гости делегации".split())


def _subject(word: str) -> bool:
    """A word that opens a clause after «в ходе встречи»: a nominative that is no genitive (or a usual subject)."""
    if word[:1] in "«\"“":  # a name in quotes goes with the noun before it
        return False
    core = word.strip("«»\"“”(),").lower()
    if core in _SUBJECTS:
        return True
    ps = [p for p in parses(core) if p.tag.POS in ("NOUN", "NPRO", "ADJF")] if core.isalpha() else []
    return bool(ps) and any(p.tag.case == "nomn" for p in ps) and not any(p.tag.case == "gent" for p in ps)


class _Text(NamedTuple):
    text: str
    low: str


def cue_title(c: Cand) -> str:
    """A short nominative title: the headline, or the cue's noun phrase («Курская Коренская ярмарка»)."""
    return headline_title(c.sent) or _cue_title(c.type, c.sent.text, c.sent.low, c.pos - c.sent.start)


@lru_cache(maxsize=4096)  # asked for each event of the headline
def headline_title(s: Sentence) -> str:
    """The headline as a title when it names its event without a finite verb («Заседание рабочей группы …»);
    «Губернатор посетил Витебск», «Дни области пройдут в Гомеле» give their cue's phrase instead."""
    if not s.headline:
        return ""
    text = _DATE_TAIL.sub("", clean(s.text))  # («… на Средний Урал» above its date line «19 апреля 2022»)
    for w in text.split():
        core = w.strip("«»\"“”(),:;!?").lower()
        if core.isalpha() and core[0] in _CYRILLIC and top_pos(core) in ("VERB", "INFN", "PRTS"):
            return ""  # (and «… должна состояться в Карелии», «Соглашение подписано»: a clause too)
    return text


_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў")
# a date closing a headline (the date line glued to it): a title never holds its date
_DATE_TAIL = re.compile(r"(?i)[\s,|–—-]+(?:\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
                        r"|студзен|лют|сакавік|красавік|траўн|чэрвен|ліпен|жні[ўв]н|верасн|кастрычнік|лістапад|снеж"
                        r"|january|february|march|april|may|june|july|august|september|october|november|december)\w*"
                        r"(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d|(?<![-–—])(?<=[\s,|])(?:19|20)\d\d)"
                        r"(?:\s*(?:г\.|года?|гады?))?"
                        r"(?:,?\s+\d{1,2}:\d\d)?\s*$")
_TOPIC_VERB = re.compile(r"\b(?:обсудил\w*|обсуждал\w*|обсудят|обговорил\w*|рассмотрел\w*|discussed|абмеркавал\w*)\s")


_LINKS = frozenset(("of", "and", "with", "from", "и", "і", "с", "со", "з", "из", "между", "паміж", "between"))
_REGION_WORD = re.compile(r"(?i)(?:област|вобласц|кра[йя]|oblast|region)\w*$")


@lru_cache(maxsize=1)
def _name_at(days: re.Match[str]) -> int:
    """Where the name of the place whose Days these are starts («Дней республики Беларусь»: at «Беларусь»)."""
    at = days.start(1)
    lead = next((w for w in ("республики ", "рэспублікі ", "republic of ") if days.group(1).startswith(w)), "")
    return at + len(lead)


def _any_named_day() -> re.Pattern[str]:
    """Any day of the named days' table, compiled on first use."""
    return re.compile("|".join(f"(?:{p})" for p, *_ in lx.NAMED_DAYS))


def _place_before(text: str, at: int) -> bool:
    """Is the subject right before ``at`` a place («Брестская область встретила», «Смоленск встретил»)?"""
    before = text[max(0, at - 80): at].split()
    words = before[-2:]
    if any(w.lower() in _LINKS for w in before[-5:-2 if len(words) == 2 and _REGION_WORD.match(words[1]) else -1]):
        return False  # "the working group of Belarus and the Kursk region met": the region is not the subject
    if len(words) == 2 and words[0][:1].isupper() and _REGION_WORD.match(words[1]) \
            and not words[1].lower().endswith(("области", "вобласці", "края", "краю")):
        return bool(place_name(" ".join(words)))  # «Брестская область», "Bryansk Oblast"
    # a town: a name pymorphy3 knows as a place only («Смоленск встретил», not «Грызлов встретился»)
    return bool(words) and words[-1][:1].isupper() and bool(place_name(words[-1])) \
        and all("Geox" in p.tag for p in parses(words[-1].lower())[:2]) \
        and parses(words[-1].lower())[0].tag.case == "nomn"  # («глава Татарстана встретился»: the head is)


def _listed_topic(low: str, at: int) -> bool:
    """«Стороны обсудили подготовку к Форуму, а также визит делегации»: the cue is one more object of the verb
    of talking before it (no other verb between)."""
    if not any(w in low for w in ("обсу", "обгов", "рассмотр", "discuss", "абмерк")):
        return False
    verbs = list(_TOPIC_VERB.finditer(low, 0, at))
    if not verbs:
        return False
    between = low[verbs[-1].end(): at]
    if re.search(r"[.;:!?()]|\b(?:где|когда|котор\w+|после чего)\b", between):
        return False
    return not any(top_pos(w) == "VERB" for w in re.findall(r"[а-яё]+", between))


def _governs(word: str, noun: str) -> bool:
    """A participle whose case no reading of the noun after it shares («посвящённых» before «Дню»)."""
    ps = parses(word.strip("«»\"").lower())
    if not ps or ps[0].tag.POS != "PRTF" or not noun:
        return False
    cases = {p.tag.case for p in parses(noun.strip("«»\"(),.").lower())}
    return ps[0].tag.case not in cases


_FOR_WHAT = frozenset("для чтобы дабы каб".split())  # the purpose of a trip («для участия», «каб прыняць удзел»)


# the tens of a compound ordinal, Russian and Belarusian: «сорок» in «сорок восьмая», «дваццаць» in «дваццаць пятае»
_TENS_BEFORE = re.compile(r"(?i)(?<![\w-])(двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто"
                          r"|дваццаць|трыццаць|сорак|пяцьдзясят|шэсцьдзясят|семдзесят|восемдзесят|дзевяноста)\s+$")


def _with_whom_ends(rest: list[str]) -> int:
    """Where «с …» naming whom a talk was held with ends: at the first word in lower case that can be neither its
    instrumental nor a genitive after it («с губернатором Брянской области Александром Богомазом | вопросы …»)."""
    governed = False  # the words a preposition governs («… по социальным вопросам») up to their noun
    for k, w in enumerate(rest[1:], 1):
        core = w.strip("«»\"“”(),").lower()
        if core in ("по", "в", "во", "на", "из", "от", "при", "для"):
            governed = True
            continue
        if governed:
            governed = top_pos(core) != "NOUN"
            continue
        if w[:1].isupper() or not core.isalpha():
            continue
        if not any(p.tag.case in ("ablt", "gent") for p in parses(core) if p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")):
            return k
    return len(rest)


def _flowers_laid(word: str) -> str:
    """What a laying lays, in the genitive of «Возложение …»: «венки», «вянкі» → «венков», «гирлянду» → «гирлянд», else
    «цветов»."""
    return "венков" if word.startswith(("венк", "венок", "вянк", "вянок")) else "гирлянд" \
        if word.startswith("гирлянд") else "цветов"


_REGIONS_PLURAL = re.compile(r"(?:областей|абласцей|районов|раёнаў|краев|республик)\b")
_LAID_AFTER = re.compile(r"\b(?:возлож|ускла|ўскла|усклад|ўсклад)\w*")  # (the laying verb after its object)


# a holiday's name told before its noun: «“Александрия собирает друзей” — праздник под таким названием …»
_NAME_FIRST = re.compile(r"[«\"“„]([^«»\"“”„]{2,80})[»\"”] [—–-] $")


@lru_cache(maxsize=4096)
def _cue_title(t: str, text: str, low: str, at: int) -> str:
    if t == "festival" and (first_named := _NAME_FIRST.search(text, max(0, at - 90), at)) is not None:
        return f"Праздник «{first_named.group(1)}»"
    s = _Text(text, low)
    cue_at, adjectives = at, 0
    verb_cue = top_pos(low[at:].split(maxsplit=1)[0].strip("«»\"“”(),.")) == "VERB" if low[at:].strip() else False
    for _ in range(0 if verb_cue else 3):  # «ежегодной Курской Коренской ярмарке»: the adjectives before the noun
        # (but not before a verb: «Алексей Островский провел …»)
        lo = max(0, at - 40)
        lm = _ADJ_BEFORE.search(s.text, lo, at)
        if not lm or not _adjective(lm.group(1)) or lm.group(1).lower() in ("этой", "которой", "такой", "другой",
                                                                             "своей", "нашей", "новой",
                                             "ним", "своим", "другим", "этим", "таким", "нашим", "которым") \
                or _DAY_BEFORE.search(s.text, max(0, lm.start(1) - 6), lm.start(1)) \
                or _MONTH_WORD.fullmatch(lm.group(1).lower()) \
                or _governs(lm.group(1), s.text[at:].split(maxsplit=1)[0] if s.text[at:].strip() else ""):
            break  # «12 мая делегация …»: the month of a date is no adjective of the noun (nor «посвящённых Дню
            # города» a participle of it: it governs the noun, in another case)
        at, adjectives = lm.start(1), adjectives + 1
    if adjectives and (tens := _TENS_BEFORE.search(s.text, max(0, at - 16), at)) is not None:
        at, adjectives = tens.start(1), adjectives + 1  # «Сорок восьмая сессия»: a compound ordinal stays whole
    words = clean(" ".join(_phrase(s.text, at))).split()
    if t == "visit" and (purpose := next((i for i, w in enumerate(words) if i > 1 and w.lower() in _FOR_WHAT), None)):
        words = words[:purpose]  # «визит в Сертолово для участия в акции …»: where to, not what for (its own event)
    if not words:
        return DEFAULT_TITLE[t]
    first = words[0].lower()
    n = adjectives + 1
    if len(words) > n and _AFTER_SETTING.search(s.low, max(0, at - 16), at) and _subject(words[n]) \
            and not _subject(s.text[cue_at:].split()[0]):
        words = words[:n]  # «В ходе встречи стороны обсудили …»: the clause's subject is not the name's
    if t == "meeting" and first.startswith(("встрет", "провел", "провёл", "обсудил", "поговорил", "побеседовал",
                                            "беседовал")):
        rest = [w for w in words[1:] if not w.lower().startswith("встреч")]
        kind_of = []  # «провел рабочую встречу с …» → «Рабочая встреча с …»
        while rest and rest[0].lower().endswith(("ую", "юю")) and _adjective(rest[0]):
            kind_of.append(inflect(rest.pop(0).lower(), frozenset({"nomn", "femn", "sing"}), "ADJF"))
        if len(rest) > 3 and rest[0].lower() in ("с", "со") and rest[2][:1].isupper() and _first_name(rest[1]):
            rest = rest[:3]  # «обсудил с Александром Лукашенко перспективы …»: the talks end with the name
        elif len(rest) > 2 and rest[0].lower() in ("с", "со") and (k := _with_whom_ends(rest)) < len(rest):
            rest = rest[:k]  # «обсудил с губернатором Андреем Клычковым результаты …»: whom, not what about
        if kind_of:
            words = [kind_of[0][:1].upper() + kind_of[0][1:], *kind_of[1:], "встреча", *rest]
        else:
            if rest and rest[0].lower() not in ("с", "со"):  # «встретились губернаторы …» → «Встреча губернаторов …»
                named = next((i for i, w in enumerate(rest) if i and any("Name" in p.tag for p in parses(w.lower()))),
                             len(rest))
                rest = nominative_phrase(rest[:named], "gent").split()
            words = ["Встреча", *rest]
    elif t == "meeting" and first.startswith(("принял", "прыня")) and len(words) > 1:
        # «принял делегацию Челябинской области» → «Встреча с делегацией Челябинской области» (a place between them,
        # «принял в Пскове делегацию», left for the location)
        rest = words[3:] if len(words) > 3 and words[1].lower() in ("в", "во", "у", "ў") else words[1:]
        return "Встреча с " + nominative_phrase([w.lower() if i == 0 else w for i, w in enumerate(rest)], "ablt")
    elif t == "visit" and (first.startswith(("посети", "посетя", "прибыл", "приехал", "прилетел"))
                           or _TRAVELS.match(" ".join(words[:6]).lower())):
        rest = words[1:]
        to = next((i for i, w in enumerate(rest[:5]) if w.lower() in ("в", "во", "ў", "у", "to")), None)
        if to is not None and (to == 0 or not first.startswith(("посети", "посетя"))):
            rest = rest[to + 1:]  # «отправится с рабочим визитом в Гомель» → «Визит в Гомель»
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        place = rest[:2] if len(rest) > 1 and re.match(r"(?:област|район|край|округ)", rest[1].lower()) \
            else rest[:1]
        return " ".join(["Визит", "в", *place]) if place and place[0][:1].isupper() else "Визит"
    elif t == "visit" and (i := next((i for i, w in enumerate(words[:n]) if w.lower().startswith("делегац")),
                                     -1)) >= 0:
        # «Брянская делегация в первый день …» → «Визит брянской делегации»
        tail = []
        for w in words[i + 1: i + 3]:
            core = w.strip("«»\"“”(),").lower()
            if core in ("в", "во", "на", "с", "со", "по", "к", "для", "и", "а", "от", "из") or not core.isalpha() \
                    or top_pos(core) in ("VERB", "ADVB"):
                break
            tail.append(w)
            if w[-1:] in ",;":
                break
        at = i + 1 + len(tail)
        if len(tail) == 1 and len(words) > at + 2 and words[at].lower() in ("и", "і") \
                and _REGIONS_PLURAL.match(words[at + 2].lower()):
            tail += words[at: at + 3]  # «делегации Гомельской и Могилёвской областей»: both regions, not the first
            # adjective alone
        group = [w if w[:1] in "«\"" else w.lower() for w in words[:i + 1]] + tail
        words = ["Визит", *nominative_phrase(group, "gent").split()]
    elif t == "visit" and s.low.startswith("визитом", cue_at) and len(words) > n \
            and words[n].lower() not in ("в", "во", "на", "по", "к"):
        words = words[:n]  # «посетила с рабочим визитом Республику Беларусь»: the complement is the verb's
    elif t == "commemoration" and first.startswith(("отмет", "отмеча", "праздну", "адзнач", "святку")) \
            and (day := next((i for i, w in enumerate(words) if w.lower() in ("день", "дзень")), None)) is not None:
        return nominative_phrase(words[day:])  # «отметили День партизан и подпольщиков» → «День партизан …»
    elif t == "commemoration" and first.startswith("возлож"):  # «возложили цветы к …» → «Возложение цветов к …»
        laid = words[1].lower() if len(words) > 1 else ""
        rest = words[2:] if laid.startswith(("цвет", "венк", "венок", "гирлянд")) else words[1:]
        return " ".join(["Возложение", _flowers_laid(laid), *rest])
    elif t == "commemoration" and first.startswith(("венк", "венок", "цвет", "гирлянд", "вянк", "вянок", "кветк")) \
            and _LAID_AFTER.search(s.low, cue_at):
        # the object first: «венки к памятнику … возложила делегация» → «Возложение венков к памятнику …»
        rest = list(takewhile(lambda w: not _LAID_AFTER.match(w.lower()), words[1:]))
        return " ".join(["Возложение", _flowers_laid(first), *rest])
    elif t == "commemoration" and first.startswith(("мероприяти", "мерапрыемств")) \
            and (dedicated := _dedicated_at(said := s.text[cue_at:].split())) is not None:
        # «мероприятий, посвященных началу Великой Отечественной войны» → «Мероприятия, посвящённые началу …»
        what = []
        for w in said[dedicated + 1: dedicated + 7]:
            core = w.strip("«»\",;.")
            if w.lower() in ("в", "во", "на", "и", "с", "со") or not core.replace("-", "").isalnum():
                break
            what.append(core)
            if w[-1:] in ",;.":
                break
        verb = "приуроченные" if said[dedicated].lower().startswith("приуроч") else "посвящённые"
        return f"Мероприятия, {verb} {' '.join(what).rstrip(',;.')}" if what else "Памятное мероприятие"
    elif t == "commemoration" and first.startswith(("подножи", "падножж")):  # «к подножию легли розы и венок»
        return "Возложение венков" if re.search(r"\b(?:венок|венк|вянок|вянк)", s.low[cue_at:]) else "Возложение цветов"
    elif t == "commemoration" and first.startswith("почти") and len(words) > 1 and words[1].lower() == "память":
        return " ".join(["Почтение", "памяти", *words[2:]])  # «почтили память павших» → «Почтение памяти павших»
    phrase = nominative_phrase(words)
    if phrase.endswith("»") and phrase.count("»") > phrase.count("«"):
        phrase = phrase[:-1]  # «Дни культуры Беларуси в Смоленске» read from inside a quotation
    return phrase[:1].upper() + phrase[1:]
