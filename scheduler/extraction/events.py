"""Event extraction: the document pass over the sentence candidates of ``event_cues``.

1. Every sentence is read for candidates (``event_cues.sentence_events``), dated from its own mentions,
   the sentence it continues, or the event an anaphora names («На форуме …», «Following the meeting»).
2. A past report without a date of its own takes the date of the last event of its type already read
   («16 февраля подписали ряд соглашений. … заключили соглашение о …»); a sentence that only dates a
   pronoun («С 18 по 28 сентября она будет работать») dates the event of the sentence before.
3. Candidates of one real-world event merge: the headline into the body's first event of its type,
   same type and date unless they name different people or documents, an undated mention into the
   event before it.
4. Places: the sentence's own (nearest the cue, a city or region before a country), a place named in a
   festival's name, else the headline's or the dateline's for events of the publication year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .event_cues import (
    AFTER_TALKS,
    AFTER_TALKS_WORDS,
    ANNIVERSARY,
    ASIDE,
    CLAUSE_MARK,
    DEFAULT_TITLE,
    ON_INVITATION,
    PURPOSE,
    THAT_DAY,
    THEMED,
    THIS_ONE,
    TRAVELS_RX,
    TRIP_NOUNS,
    WITH,
    Cand,
    Context,
    announces,
    called_upcoming,
    cue_title,
    kind,
    paper_signed,
    plural_cue,
    sentence_events,
    set_apart,
    split,
)
from .event_lexicon import FESTIVAL_NAMES, REMOTE, ROLES, TAKES_PART
from .event_text import Sentence, WordRegex, clean, fold, morph, nominative_phrase, parses, sentences
from .gazetteer import region_of
from .lang import related_start
from .parties import (
    BELARUS,
    RUSSIA,
    Sides,
    context_sides,
    delegation_origin,
    destination,
    envoy_of,
    holding,
    is_belarusian,
    named_parties,
    party_of_place,
)
from .parties import parties as parties_of
from .parties import short as short_party
from .people import participants as people_of
from .people import people_in
from .places import (
    COUNTRIES,
    TO_LATIN,
    country_of,
    dateline_place,
    holds,
    host_named_first,
    known_region,
    object_named,
    place_name,
    places_in,
    region_centre,
    region_in,
    region_name,
    town_in_role,
    town_of_adjective,
    two_cities,
)
from .tense import clause_tense
from .titles import (
    across,
    at_place,
    compose,
    foreign_person,
    foreign_role,
    head,
    hosts_there,
    instrumental,
    into,
    names_town,
    person_genitive,
    tidy,
)
from .types import Evidence, ExtractedEvent, Mention, Published

# a happening of the calendar's "other" kind, named as a sentence's subject: it dates itself, not what came before
_OTHER_HAPPENING = re.compile(r"\b(?:гастрол|выставк|экспозици|спектакл|премьер|турнир|матч|соревновани|чемпионат|олимпиад"
                              r"|конкурс|слет|выстаў|экспазіцы|спектак|спаборніцтв|чэмпіянат|exhibition|tour\b|tours\b"
                              r"|performance|tournament|match|championship|competition|contest)")
_PRONOUN = re.compile(r"^(?:\S+\s+){0,10}?(?:она|он|оно|они|it|they|яна|ён|ен|яно|яны|документ|the document|дакумент"
                      r"|мероприятие|мерапрыемства|the event|this event"
                      # the talk just told, named again: «Разговор состоялся 30 августа», «Размовы адбыліся 30 жніўня»
                      r"|разговор|разговоры|размова|размовы|the (?:conversation|call)s?)\b")  # («Мероприятие продлится с 25 по 27 июня»)
# the one before, or another: «Предыдущий подобный документ …», «Прошлае мерапрыемства …», "The previous meeting …"
_ANOTHER_ONE = re.compile(r"(?:предыдущ|прежн|прошл|друг|previous|earlier|prior|another|other|папярэдн|ранейш|мінул|іншы)\w*"
                          r"\s+(?:\S+\s+)?(?:документ|дакумент|document|мероприят|мерапрыемств|event)")
_DOC_NOUN = re.compile(r"(?i)подписание\s+[«\"]?(\w+)")
# another of the kind just told: «аналогичный митинг», «такой же концерт», «аналагічны мітынг», "a similar rally"
_LIKE_IT = re.compile(r"(?:аналогичн|подобн|аналагічн|падобн|similar|another)\w*\s+(?:[\w-]+\s+)?$|такой же\s+$|такі ж\s+$")


def _another_like_it(c: Cand) -> bool:
    at = c.pos - c.sent.start
    return bool(_LIKE_IT.search(c.sent.low, max(0, at - 30), at))
_GENERIC = re.compile(r"(?i)соглашений|документов|договоров|agreements")
_ABOUT = re.compile(r"\b(?:о|об|on)\s+(\w+)")
_WISH = re.compile(r"\b(?:нужно|надо|необходимо|следует|важно|хотелось бы|было бы|могли бы|будем рады|будзем рады"
                   r"|would be glad|would welcome|need to|should"
                   r"|трэба|неабходна|договорились|условились|дамовіліся|agreed to|обмен\w* визит\w*"
                   r"|готовност\w*|гатоўнасц\w*|readiness|ready to|willing to)\b")
_THE_ONE = re.compile(r"(?:^|\s)(?:the|this|that|эт(?:от|а|о|ого|ой|им|ом|у)|данн\w+|гэт(?:ы|а|ая|ага|ай|ую))\s+"
                      r"(?!(?:году|годзе|year|месяце|месяцы|month|неделе|тыдні|week)\s)(?:\S+\s+)?$")
# (but «предложили провести в этом году Дни …»: "this year", not "this event")
# what one expects, hopes for, proposes or invites to: the events after it are not reported (GUIDE §2)
_EXPECTS = re.compile(r"\b(?:рассчитыва(?:ет|ют|ем|ю)|надеется|надеются|выразил\w* надежду|разлічва(?:е|юць|ем|ю)"
                      r"|спадзяецца|спадзяюцца|выказа\w* спадзяванне|предложил\w*|прапанава\w*"
                      # a proposal told now or by its noun: «предлагаем провести», «рассмотрели предложение провести»,
                      # «прапануем правесці», «разгледзелі прапанову правесці», "we propose to hold"
                      r"|предлага(?:ем|ет|ют|ю)|предложени\w* (?:\S+\s+){0,1}?(?:провести|организовать|подписать|проведения)"
                      r"|прапану(?:ем|е|юць|ю)|прапанов\w* (?:\S+\s+){0,1}?(?:правесці|арганізаваць|падпісаць|правядзення)"
                      r"|propose(?:s)? to|a proposal to"
                      r"|пригласил\w* (?:\S+\s+){0,3}?(?:посетить"
                      r"|приехать|принять участие)|запрасі\w* (?:\S+\s+){0,3}?(?:наведаць|прыехаць|прыняць)|expects? that"
                      r"|suggested|proposed|would like to|would be (?:happy|glad) to see"
                      r"|invited (?:\S+\s+){1,3}?to (?:visit|take part|participate|attend|come)|hopes? to"
                      r"|хотел(?:а|и)? бы|хацеў бы|хацела б|хацелі б"  # («хотел бы посетить Калининград в мае»)
                      # an intention told as such: «намерена провести», «мае намер правесці», "intends to hold"
                      r"|намерен[аы]?|намерева\w+|ма(?:е|юць) намер|intends? to|intend(?:ed|ing) to|has the intention)\b")
# (not "hopes that": what one hopes of the event told is its outcome, "hopes that the visit will give an impetus" —
# the wish words make a sentence's undated events none, see lexicon.HABITUAL)
# a menu (a separator first, so that ``re`` scans ahead for one) and, matched at the start, a teaser of other
# news: one pattern with a "^" branch made ``re`` try the teaser's words at every position of every sentence
_FURNITURE = re.compile(r"[|›»/](?:\s*[^|›»/]{1,40}[|›»/]){2,}")
_TEASER = re.compile(r"(?:Читайте также|Смотрите также|См\. также|Читать также"
                     r"|Другие новости|Похожие новости|Последние новости|Новости по теме|Чытайце таксама|Read also"
                     r"|See also|Related(?: news)?|More news)\b", re.I)


# a sentence that lists the programme of what was just announced: «В программе — …», «У праграме …», "The programme
# includes …", «Программа форума предусматривает …»
_PROGRAMME_TOLD = re.compile(r"(?:(?:в|во|у|ў) (?:\w+ )?(?:программ|праграм)\w*|(?:the )?(?:\w+ )?program(?:me)?s?\b"
                             r"|(?:программ|праграм)\w* (?:\S+ ){0,3}?(?:предусматрива|включа|предполага|уключа|прадугледжва))")


# the next (or previous) edition with its noun left out, in a clause of its own: ", and the next one will take place",
# «, а следующая пройдёт», «, а наступны пройдзе»
_NEXT_ONE = re.compile(r"(?:,\s*(?:and|а|и|і)|;)\s+((?:the\s+)?(?:next|previous)(?:\s+one)?|следующ\w+|предыдущ\w+|наступн\w+"
                       r"|папярэдн\w+)\s+(?:\S+\s+){0,2}?(?:will|was|were|is|пройд|прош|состо|провед|пройдз|прайш|адбуд"
                       r"|адбыл|праход|проход)")
# a festival named again by a general noun, with a verb of holding or gathering: «праздник прошёл», «свята збірала»,
# «фестиваль собрал» (its sentence's year decides which edition)
_FESTIVAL_AGAIN = re.compile(r"\b(?:праздник|свят[аоуы]|фестивал\w*|фестывал\w*)\s+(?:\S+\s+){0,2}?(?:прош[её]л|проходил|"
                             r"собирал|собрал|прайшло|праходзіла|збірала|сабрала|адбылося|состоялся)\w*")


def _menu(text: str) -> bool:
    """Does ``text`` hold a menu's run of separators (``_FURNITURE``)? Three separators at least, counted first: «»»
    closes most quotations, and the pattern was tried at each."""
    return text.count("|") + text.count("›") + text.count("»") + text.count("/") >= 3 and bool(_FURNITURE.search(text))


_TERM_BEFORE = re.compile(r"(?:\bна|\bfor)\s+$", re.I)
# a year as a deadline: «до 2017 года», «да 2017 года», "by 2020", "until 2030" (no event is held on it)
_BY_YEAR = re.compile(r"(?:\bдо|\bда|\buntil|\btill|\bby)\s+(?:\S+\s+)?$", re.I)
_BY_YEAR_IN = re.compile(r"(?:до|да|until|till|by)\s", re.I)
_YEARS = re.compile(r"\d{4}/\d{4}")  # a period of years (a plan's), no day of an event
_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d\d-\d\d)$")
# a date line alone: a town, its day and an agency or nothing («Волгоград, 28 марта - DIXINEWS.», "MINSK, 5 June (BelTA)")
_OWN_DATELINE = re.compile(r"[A-ZА-ЯЁІЎ][\w-]+(?:\s+[A-ZА-ЯЁІЎ][\w-]+)?,\s+\d{1,2}\s+\w+(?:\s+\d{4})?(?:\s+(?:г\.|года?))?"
                           r"\s*(?:[-–—(/]\s*[^\n]{0,30})?$")


# a comparison with this year: «если …, то в нынешнем году …», «калі …, то сёлета …», "while …, this year …" (group 1:
# where the second clause starts)
_THEN_THIS_YEAR = re.compile(r"(?:^|\W)(?:если|калі|while|whereas|if)\s[^.;]{5,300}?,\s*((?:то|а|then)?\s*(?:\S+\s+){0,2}?"
                             r"(?:в (?:этом|нынешнем|текущем) году|[уў] гэтым годзе|с[её]лета|this year))")
_AMONG_FIRST = re.compile(r"\b(?:в числе (?:самых )?первых|одн(?:ой|им|ого|а|ою) из (?:самых )?первых|у ліку першых"
                          r"|адн(?:ой|ым|ая|аго) з першых|among the first|one of the first|the first (?:ones|regions?))\b")
# «в ходе взаимных визитов», «падчас узаемных візітаў», "during mutual visits": what is done on many trips is a habit,
# no event (GUIDE §3: tallies and statuses are not events)
_TRIPS = ("визитов", "поездок", "візітаў", "паездак", "visits", "trips")
_MANY_TRIPS = re.compile(r"(?:в ходе|во время|в рамках|падчас|у ходзе|[уў] рамках|during|in the course of)\s+(?:\S+\s+)?"
                         r"(?:визитов|поездок|візітаў|паездак|visits|trips)\b")
_DEDICATION = ("посвящ", "приуроч", "прысвеч", "прымеркава", "dedicated", "timed to")
_DEDICATED = re.compile(r"(?:посвящ|приуроч|прысвеч|прымеркава|dedicated|timed)\w*(?:\s+to)?\s+(?:\S+\s+)?$")


def _not_occasions(found: list[Cand]) -> list[Cand]:
    """«концерт, посвященный Дню города», "a concert dedicated to the City Day": the day a concert or ceremony is
    dedicated to is its occasion, not a second event of the sentence (a day of the calendar, kept with its date
    elsewhere, is: Unity Day has a record of its own)."""
    out = []
    for c in found:
        at = c.pos - c.sent.start
        if c.type in ("festival", "commemoration") and not c.recurrence and c.how != "mention" \
                and _DEDICATED.search(c.sent.low[max(0, at - 40):at]) is not None \
                and any(o is not c and o.pos < c.pos and o.type in ("commemoration", "festival", "meeting") for o in found):
            continue
        out.append(c)
    return out


def _cut_short(sents: list[Sentence], text: str) -> list[Sentence]:
    """An excerpt that stops mid-word («… в Гродно был подписан План ме»): its last sentence (before the
    ``Source URL`` line) ends in a letter, not a stop, and loses that last, broken word -- nothing is named by half a
    word. A short last line (a heading, a signature) is left as it is."""
    i = len(sents) - 1
    while i >= 0 and sents[i].text.startswith("Source URL"):
        i -= 1
    if i <= 0:
        return sents
    s = sents[i]
    if s.line == 0 or len(s.text) < 40 or not s.text[-1].isalpha() or text[s.end:].strip()[:10] not in ("", "Source URL"):
        return sents
    cut = s.text.rfind(" ")
    kept = s.text[:cut].rstrip(" ,;:-–—(«\"") if cut > 0 else ""
    if not kept:
        return sents
    return [*sents[:i], Sentence(s.start, s.start + len(kept), kept, fold(kept), s.line, s.headline), *sents[i + 1:]]


def find_events(
    text: str,
    mentions: Sequence[Mention],
    published: Published | None,
    lang: str = "ru",
    title: str | None = None,
    related: int | None = None,
) -> list[ExtractedEvent]:
    """The events a document reports or announces, dated from ``mentions``; ``related``: where the page's block of
    other news begins (``lang.related_start`` of ``text``), when the caller has it."""
    morph()  # the dictionaries load once, on the first document (not on import: `presscal --help` stays fast)
    sents = _cut_short(sentences(text, title), text)
    pub = published.value if published else None
    ms = sorted(mentions, key=lambda m: m.start)
    cands: list[Cand] = []
    first: dict[str, Cand] = {}  # the first dated candidate of each type (what an anaphora recalls)
    loose: dict[str, Cand] = {}  # ... dated only by the publication date (a headline's): recalled when no other is
    last: dict[str, Cand] = {}  # the last explicitly dated body candidate of each type

    def recall(kind: str) -> tuple[str | None, str | None] | None:
        if kind == "span":  # «В первый день …»: the first day of the first event that lasts several
            got = next((c for c in cands if c.end and c.type != "plan"), None)  # (a plan's years are no days)
            return (got.start, got.end) if got else None  # (its last day for «в последний день»)
        if kind == "forum itself":  # (a forum told before, not another sitting standing in for it)
            got = first.get("forum") or loose.get("forum")
            return (got.start, got.end) if got else None
        got = first.get(kind)
        for other in _MEETINGS if got is None and kind in _MEETINGS else ():
            got = first.get(other)  # «на заседании» after talks, «на форуме» after a session, told with their date
            if got is not None:
                break
        got = got or loose.get(kind)  # (before a headline's, dated by the report only: "a meeting of the Council took
        # place on 19 March … took part in the meeting" under the headline «Meeting of … Council takes place»)
        for other in _MEETINGS if got is None and kind in _MEETINGS else ():
            got = loose.get(other)
            if got is not None:
                break
        return (got.start, got.end) if got else None

    ctx = Context(pub, recall=recall)
    cut = related_start(text) if related is None else related
    announced: tuple[str | None, str | None, int] | None = None  # the day of the last event announced ahead, its line
    k = 0
    loose_span: Mention | None = None
    for s in sents:
        while k < len(ms) and ms[k].start < s.start:
            k += 1
        j = k
        while j < len(ms) and ms[j].start < s.end:
            j += 1
        own = ms[k:j]
        if s.start >= cut:
            break  # «Другие материалы», "Other materials": other news, to the end of the page
        if _TEASER.match(s.text) or _menu(s.text):
            continue  # a menu («Главная | Новости | Визиты») or a teaser of other news («Читайте также: …»)
        found = _clause_events(s, own, ctx)
        if own and found and (nxt := _NEXT_ONE.search(s.low)) is not None \
                and (told := next((c for c in reversed(found) if _gathering(c) and c.pos - s.start < nxt.start()), None)) \
                and (year := next((x for x in own if x.start - s.start > nxt.start() and len(x.value) == 4
                                   and x.value[:4].isdigit() and x.value != (told.start or "")[:4]), None)) is not None:
            # "The previous fair was held in Bryansk in 2022, and the next one will take place in Gomel in 2024", «…, а
            # следующая пройдёт в Гомеле в 2024 году»: the noun left out, another edition of the same gathering
            where = next((p for at, p in places_in(s.text) if at > nxt.start()), None)
            found.append(Cand(told.type, s, s.start + nxt.start(1), year.value, None, "mention", lang=told.lang,
                              location=where, title=head(told.type, told.sent.low, told.pos - told.sent.start)))
        if own and not found and not s.headline and (fest := first.get("festival") or loose.get("festival")) is not None \
                and (again := _FESTIVAL_AGAIN.search(s.low)) is not None \
                and (year := next((x for x in own if len(x.value) == 4 and x.value[:4].isdigit()
                                   and x.value != (fest.start or "")[:4]), None)) is not None:
            # «Рэгіянальнае свята "Купалле" прайшло ў Краснаполлі 6 ліпеня. Летась свята збірала ўдзельнікаў у
            # Клімавічах», «В прошлом году праздник прошёл в Климовичах»: the festival named again by a general noun,
            # in another year, is that year's edition (GUIDE §3: editions are events of their own)
            found = [Cand("festival", s, s.start + again.start(), year.value, None, "mention", title=fest.title,
                          lang=fest.lang)]
        if not found and not own and not s.headline and (fest := first.get("festival") or loose.get("festival")) \
                is not None and fest.start and (again := _FESTIVAL_AGAIN.search(s.low)) is not None \
                and (where := next((p for _, p in places_in(s.text) if p not in COUNTRIES), None)) is not None:
            # «Делегация приняла участие в празднике … в Гомельской области. Праздник состоялся в Жлобине»: the
            # festival named again by a general noun, where it was held (the finer place, GUIDE §6)
            found = [Cand("festival", s, s.start + again.start(), fest.start, fest.end, "by-type", title=fest.title,
                          lang=fest.lang, location=where)]
        if own and len(own[0].value) == 4 and own[0].value[:4].isdigit() and own[0].start - s.start < 12 \
                and any(c.how == "default" for c in found) and any(c.how == "mention" for c in found):
            # «В 2020 году район сам принимал гостей … на празднике «Купалье»»: the year that opens the sentence is
            # that of all it tells, not only of the event that took the mention
            for c in found:
                if c.how == "default" and c.pos > own[0].start and "," not in s.low[own[0].end - s.start: c.pos - s.start]:
                    c.start, c.end, c.how = own[0].value, None, "mention"
        if not found and not own:
            continue  # nothing below reads or changes anything for a sentence with no candidate and no date
        _visit_named_as_frame(found, own)
        _celebration_named_as_frame(found)
        _destination_of_a_trip_ahead(found)
        if len(found) > 1 and any(w in s.low for w in _DEDICATION):
            found = _not_occasions(found)
        if found and ("перв" in s.low or "перш" in s.low or "first" in s.low) and _AMONG_FIRST.search(s.low):
            for c in found:  # «в числе первых подписала соглашение»: long ago, no year said — not the report's day
                if c.how == "default" and c.type in ("agreement", "plan", "visit", "meeting"):
                    c.start = c.end = None
        if found and (contrast := _THEN_THIS_YEAR.search(s.low)) is not None:
            for c in found:  # «если в первом фестивале принимали участие делегации из 8 районов, то в нынешнем году
                # …»: what the «если» clause compares this year with is another time, not the report's day
                if c.how in ("default", "mention", "live") and c.pos - s.start < contrast.start(1) \
                        and not any(x.start - s.start < contrast.start(1) for x in own):
                    c.start = c.end = None  # (dated, if at all, by the clause of this year, not its own)
        if found and any(w in s.low for w in _TRIPS) and _MANY_TRIPS.search(s.low):
            # "During mutual visits … signed documents and agreements": a habit, no event
            found = [c for c in found if c.how == "mention" or c.type not in ("agreement", "meeting")]
        if any(c.start is None for c in found) and _WISH.search(s.low):  # «нужно подписать …»: a wish, no event
            found = [c for c in found if c.start]
        if found and (hope := _EXPECTS.search(s.low)) is not None:
            # «рассчитывает, что гости вновь приедут на праздник», «запрасіў яго наведаць», "suggested that Brest and
            # Kaluga should hold a forum", "proposed arranging a return visit": an expectation, invitation or
            # proposal (GUIDE §2), what follows it no event — unless its own day is named
            found = [c for c in found if c.pos - s.start < hope.start()
                     or c.how == "mention" and c.start and len(c.start) == 10
                     or _THE_ONE.search(s.low, max(0, c.pos - s.start - 12), c.pos - s.start)]
            # (but "hopes that the visit will …", «надеется, что этот визит …»: the event already told, named again)
        # a sentence that only gives a date dates the events before it -- not with a term («поставки на 2018 год»)
        # (nor with a deadline year: «дзейнасць … па шэрагу напрамкаў да 2017 года» dates no trip told before)
        days = [x for x in own if not _TERM_BEFORE.search(text, max(0, x.start - 4), x.start)
                and not (len(x.value) == 4 and (_BY_YEAR_IN.match(x.text) or _BY_YEAR.search(text, max(0, x.start - 16),
                                                                                             x.start)))] \
            if not found else []
        if days:
            if "/" in days[0].value and loose_span is None:
                loose_span = days[0]  # a span of days no event of its sentence claims (see after the loop)
            if (_PRONOUN.search(s.low) and _LASTS_UNTIL.search(s.low) or _UNTIL_OPENS.match(s.low)) \
                    and _ends_then(cands, s, days):
                pass  # «… открылась выставка-ярмарка. Она продлится до 15 мая»: the end of what opened (and «… пачне
                # працу кірмаш. Да 4 верасня вытворцы прапануюць …»: a sentence told until a day goes on with it)
            elif _PRONOUN.search(s.low) and not _ANOTHER_ONE.search(s.low):
                # («Предыдущий подобный документ был подписан более 20 лет назад»: another paper, not the one named)
                _date_pronoun(cands, s, days, ("default", "live", "future", "by-type"))
                a, b = split(days[0].value)
                if a and (not pub or a > pub and not a.startswith("XXXX")) and announces(s.low):
                    announced = (a, b, s.line)  # «Она пройдет 30-31 марта»: the event just named, announced
            elif cands and cands[-1].type == "visit" and not announces(s.low) and _guests_again(s.low, cands[-1]):
                # «Светлогорский район встречал гостей из Калужской области. 19–20 июня калужане познакомились с …»:
                # the days of what the guests did there are the visit's
                _date_pronoun([cands[-1]], s, days, ("default", "live"))
            elif announces(s.low) and not _OTHER_HAPPENING.search(s.low):
                # «… примет участие в праздновании. Торжества пройдут 25 сентября» (but «С 12 по 26 сентября
                # состоятся гастроли театра»: a happening of its own, no date of the signing announced before)
                _date_pronoun(cands, s, days, ("future", "undated"))
        if own and (_SIGNING_OPENS.match(s.low) or _ceremony_held(s.low) or _THE_PAPER_SIGNED.match(s.low)
                    and any(c.type == "agreement" and c.how == "default" for c in cands[-4:])) \
                and not any(c.type == "agreement" for c in found):
            # (… or «Документ подписан 17 декабря в Калининграде»: the paper just reported signed, dated now)
            # (… or «торжественная церемония состоялась 17 июля», the signing's own ceremony)
            # «… подписали соглашение. Подписание произошло 30 августа»: the signing just named, dated now
            _date_pronoun([c for c in cands if c.type == "agreement"], s, own[:1], ("default", "future"))
        if own and not found and _THE_PAPER_SIGNED.match(s.low, len(s.low) - len(s.low.lstrip(' "«“„'))) \
                and (plan := next((c for c in reversed(cands)
                                                                                    if c.type == "plan"), None)) \
                and s.start - plan.sent.end < 5 and not any(c.type == "agreement" and c.sent is plan.sent for c in cands):
            # «Договорённости закрепим в программе … до 2028 года. Документ будет подписан сегодня»: the plan's signing
            # (GUIDE §3: a plan with a period is a plan and its signing), of the day this sentence gives
            a, b = split(_finest_within(own).value)
            found = [Cand("agreement", s, s.start, a, b, "mention",
                          title="Подписание " + nominative_phrase(plan.title.split(), "gent"))]
        trip = cands[-1] if cands and cands[-1].type == "visit" and cands[-1].how == "mention" and cands[-1].start \
            and cands[-1].sent.line == s.line and s.start - cands[-1].sent.end <= 2 else None
        _inherit_by_type(found, last, first, pub, trip)
        _date_by_the_day(found, s)
        if own and found and ("до " in s.low or "да " in s.low or "until" in s.low or "till" in s.low) \
                and (until := _LASTS_UNTIL.search(s.low)) is not None:
            _ends_until(found, s, own, until.end())
        if pub and len(pub) == 10:
            for c in found:  # («в этом году» in a report of the day, a headline's past: the day is the report's)
                c.hedged = c.start == pub and not any(split(x.value)[0] == pub for x in own)
        programme = announced is not None and s.line - announced[2] <= 1 and _PROGRAMME_TOLD.match(s.low) is not None
        if not own and not s.headline and found and _PROGRAMME_TOLD.match(s.low) \
                and any(c.type in ("festival", "fair", "meeting", "visit") for c in cands):
            # «В программе российской стороны: митинг, концертные программы, … ярмарка»: a programme given as a list
            # only dates its event (GUIDE §3); a rally or a fair in it is no record
            found = [c for c in found if not (c.type in ("commemoration", "fair", "festival") and not c.recurrence
                                                and c.how in ("default", "inherited", "by-type"))]
        if announced is not None and all(_YEARS.fullmatch(x.value) for x in own) and (announces(s.low) or programme):
            for c in found:  # «Заседание пройдет 4 августа … Запланировано подписание соглашения»: its programme
                # (… or «В программе — встречи … и подписание соглашений», told with no verb: of the day announced)
                if (c.how == "future" or programme and c.how == "default") and not s.headline and (
                        c.type == "agreement" or (
                        c.type == "meeting" and kind(c) != "forum" and announced[2] == s.line and not announced[1])):
                    # … and "The main work will begin on June 28. He will take part in a meeting …": that day's
                    c.start, c.end, c.how = announced[0], announced[1], "by-announcement"
                elif c.how == "future" and not s.headline and kind(c) in ("session", "meeting") \
                        and (_BODY_AFTER.match(s.low, c.pos - s.start) or _plenary(c)) \
                        and announced[0] and announced[1] and (unit := _holding(announced[0], announced[1])) != announced[0]:
                    # "On 28-29 September the Forum will be held … The meeting of the Youth Commission will also be
                    # held": a sitting of the programme, dated by the finest unit holding the forum's days (GUIDE §5)
                    c.start, c.end, c.how = unit, None, "by-announcement"
        cands.extend(found)
        dated_ahead = [c for c in found if c.how == "mention" and c.type != "plan" and c.start
                       and not c.start.startswith("XXXX") and (not pub or c.start[:10] > pub)]
        if dated_ahead and announces(s.low):
            announced = (dated_ahead[0].start, dated_ahead[0].end, s.line)
        for c in found:
            if "(" in s.low and _in_parens(s.low, c.pos - s.start):
                continue  # «(первое заседание состоялось … во время визита …)»: background, not what «встреча» recalls
            if c.start and kind(c) not in first:
                if c.explicit or not c.sent.headline:
                    first[kind(c)] = c
                else:
                    loose.setdefault(kind(c), c)
            if c.explicit and c.start and not c.sent.headline and c.how != "by-type":
                last[kind(c)] = c
                if _ceremony(c):
                    last["ceremony"] = c
        # (a visit put on a named day dates its paragraph as well: «… was marked by a visit. The visit included …»)
        dated = [c for c in found if (c.how in ("mention", "by-day") or c.how == "computed" and c.start
                                      and any(split(x.value)[0] == c.start for x in own)) and c.type != "plan"]
        # («On 9 May, the guests took part in the Victory Day celebrations. They laid a wreath …»: a named day the
        # sentence also dates outright dates its paragraph, as a day named by a mention does)
        if dated:  # (announced, unless the day's own clause tells it done: «… прошёл концерт, на который пригласили
            # гостей»: an invitation's word in a clause of its own)
            at = dated[0].pos - s.start
            ctx.prev = (s.line, dated[0].start, dated[0].end)
            ctx.prev_ahead = announces(s.low) and clause_tense(s.low, at, at + 1) != "past"
        for x in own:
            day = _DAY.match(split(x.value)[0] or "")
            if day:
                ctx.prev_day, ctx.prev_date = day.group(1), split(x.value)[0]
        for c in found:  # («На второй день форума подписали соглашение. В тот же день …»: the day counted)
            if c.how == "by-day" and c.start and (day := _DAY.match(c.start)):
                ctx.prev_day, ctx.prev_date = day.group(1), c.start
        single = {x.value for x in own if _DAY.match(x.value)}  # one single day named (not a span, not two days)
        if len(single) == 1 and not found and len(s.text) <= 60 and _OWN_DATELINE.match(s.text) \
                and text[s.end: s.end + 3].lstrip(" \t")[:1] in ("\n", "\r"):
            # «Волгоград, 28 марта - DIXINEWS.» on a line of its own: the date line of the paragraph under it
            ctx.day_line = (s.line + 1, next(iter(single)))
            continue
        ctx.day_line = (s.line, single.pop()) if len(single) == 1 and not s.headline and not announces(s.low) else \
            (ctx.day_line if not own else None)
        for c in found:  # (a day observed every year names no day of its own, but where it dates what was held on it)
            if c.recurrence and c.start and _DAY.match(c.start) and not (ctx.prev_date and ctx.prev_date[5:] == c.start[5:]):
                # (but «Сегодня пройдут мероприятия, посвящённые Дню единения»: the day named is that day of this
                # year, which the paragraph's next items keep: «В 11:00 …», «Вечером …»)
                ctx.prev_day, ctx.prev_date = c.start[5:], None
    _date_by_a_loose_span(cands, loose_span)
    cands = _greetings_only(cands)
    if any(c.title == _RU_UNITY for c in cands) and _site_country(text) == "Беларусь":
        for c in cands:  # a Belarusian site's «День народного единства» is Belarus's, 17 September (since 2021)
            if c.title == _RU_UNITY and c.start and c.start.endswith("-11-04") \
                    and not (c.start[:4].isdigit() and c.start[:4] < "2021") \
                    and not any(country_of(p) == "Россия" and " " not in p for _, p in places_in(c.sent.text)) \
                    and not _FOURTH_OF_NOVEMBER.search(c.sent.low):
                # (but a forum «посвящённый Дню народного единства» in Moscow, or a day the text puts on 4 November,
                # is Russia's)
                c.start, c.end, c.title, c.first_year = c.start[:5] + "09-17", None, f"{_RU_UNITY} (Беларусь)", 2021
    for c in cands:
        c.lang = lang
        c.sources = [c.sent]
        c.people = people_of(c.sent.text[c.pos - c.sent.start:], lang)
        if c.location is None:
            c.location = _location(c, c.sent)
        if c.location is None and c.type == "visit" and _ARRIVED.search(c.sent.low):
            # «Сегодня в Курск приехал посол. В регион он прибыл с официальным визитом»: where the paragraph has
            # just said the guest arrived
            i = bisect.bisect_left(sents, c.sent.start, key=lambda x: x.start)
            prev = sents[i - 1] if i > 0 and sents[i - 1].line == c.sent.line else None
            if prev is not None and _ARRIVED.search(prev.low):
                c.location = next((p for _, p in places_in(prev.text) if p not in COUNTRIES), None)
        if c.location is None and c.type in _AT_A_VENUE:
            c.location = _named_venue_elsewhere(c, sents)
    cands += [x for c in cands for x in _one_per_place(c)]
    events = _placeless_into_places(_merge(_one_themed_gathering(cands), pub))
    _month_of_the_days_under_way(events, pub)
    _returned_on(events)
    _ends_from_durations(events, sents)  # (a container's length known before its parts take their dates from it)
    _ends_from_closings(events, sents, ms)
    _ends_from_the_days_told(events, sents, ms)
    _date_visits_by_meetings(events, pub)
    _date_parts_of_the_visit_reported(events)
    events = _date_headline_by_lead(events, pub)
    _date_meetings_by_announced_visit(events, pub)
    _date_visits_by_announced_gathering(events, pub)
    _delegation_to_its_days(events)
    _date_meetings_in_a_visit_under_way(events, pub)
    _date_parts_at_the_end(events)
    _date_parts_at_the_opening(events)
    _date_parts_by_nth_day(events, sents)
    _date_parts_by_containers(events, sents)
    _signed_after_talks(events)
    events[:] = _same_day_as(events)
    _came_for_the_event(events)
    events = _programme_meetings(events)
    _date_by_sequence(events, pub)
    events = _one_day_acts(events, pub, sents)
    _the_day_the_lead_reports(events, sents, mentions)
    _signings_have_no_end(events)
    for c in events:  # «Время визита еще не обозначено», "no date has been set for the visit": none is known
        if c.type in ("visit", "meeting") and c.how in ("default", "live", "by-type") \
                and any(_DATE_NOT_SET.search(x.low) for x in c.sources):
            c.start = c.end = None
    _date_visits_by_hosted(events)
    _month_of_a_visit_by_the_guests_day(events)
    _date_parts_by_their_sentence(events)
    _ends_from_durations(events, sents)
    events = _one_festival_fair(events)
    events = _one_gathering_by_name(events)
    events = _fairs_in_days(events)
    events += _participation_visits(events, lang, sents)
    events += _guest_visits(events, lang, sents)
    home = dateline_place(text)
    head_place = next((p for s in sents if s.headline for _, p in places_in(s.text)), None)
    for c in events:
        if c.location in COUNTRIES:
            c.location = next((r for s in c.sources if (r := region_in(s.text, c.location))), c.location)
        if c.type == "visit" and (c.location is None or c.location in COUNTRIES) \
                and (republic := _republic_gone_to(c.sent.text)):
            c.location = republic
        if (c.location is None or c.location in COUNTRIES) and c.type != "plan":
            c.location = _region_pointed_at(c, sents) or c.location
    venue: list[str | None] = []
    placed: dict[str, str] = {}  # a start date (and its month) -> the first specific place of an event on it
    for e in events:
        if e.start and e.location and e.location not in COUNTRIES and e.type != "plan":
            placed.setdefault(e.start, e.location)
            if len(e.start) == 10:
                placed.setdefault(e.start[:7], e.location)
    for c in events:
        if c.type == "plan":  # a programme of years has no venue
            c.location = None
            continue
        if c.location is None and c.type != "agreement" and not c.recurrence and not c.sent.headline \
                and (dateline_city := _dateline_of(c.sent.text)) is not None:
            c.location = dateline_city  # "MOGILEV, 2 April (BelTA) – A rally … took place …": the lead event is where the
            # dateline is (GUIDE §6), before a place another event of that day was held
        if c.start and (c.location is None or c.location in COUNTRIES and not _toured(c)):
            # same-day (else same-month) events of one release happen at one place; a country is weaker
            got = placed.get(c.start) or (placed.get(c.start[:7]) if len(c.start) == 10 and not c.recurrence
                                          else None)
            if got and (c.location is None or c.location not in ("Беларусь", "Россия")
                        or country_of(got) == c.location):
                c.location = got
        if c.location is None and c.start and pub and c.start[:4] == pub[:4] and not c.sent.headline \
                and (town := _paragraph_town(c, sents)):
            c.location = town  # the passage's town before the dateline's or the headline's (GUIDE §6)
        if c.location is None and c.start and pub and c.start[:4] == pub[:4]:
            if not venue:
                venue.append(head_place or home or _venue(sents))  # read once a document, not once an event
            if not (c.type == "visit" and venue[0] and _goes_home(c, venue[0])):
                c.location = venue[0]  # (but a delegation of Pskov is no visitor in Pskov: see _destinations)
    if any(c.location is None for c in events) and (home_country := _site_country(text)):
        for c in events:  # «прибыл в нашу страну», "arrived in our country": the country of the site that says so
            if c.location is None and c.type in ("visit", "meeting") \
                    and any(_OUR_COUNTRY.search(x.low) for x in c.sources):
                c.location = home_country
    for c in events:
        if c.type == "agreement" and c.location and c.location.endswith(" область"):
            c.location = _twin_town(c, c.location)
        elif c.type != "plan" and (whole := _holder_of_several(c)):
            c.location = whole  # «Дни культуры пройдут в трёх городах Беларуси»: the country holding them
    for c in events:
        if c.location is None and c.type not in ("plan", "agreement") and not c.recurrence:
            c.location = _paragraph_town(c, sents)
    venues = _venues_by_year(events)
    for c in events:
        if c.type == "visit" and c.start and (c.location is None or c.location in COUNTRIES and not _toured(c)):
            c.location = next((p for p in venues.get(c.start[:4], ()) if (c.location is None
                               or country_of(p) == c.location) and not _goes_home(c, p)), c.location)
    lead = context_sides([s.text for s in sents if s.headline] + [s.text for s in sents if not s.headline][:2])
    _destinations(events, lead)
    _visits_where_their_event_is(events)
    events = _parts_of_a_gathering(events)
    events = _days_of_a_visit(events)
    events = _closed_on_its_last_day(events)
    events = _one_record_per_day(events)
    events = _parts_of_a_celebration(events)
    events = _fairs_of_a_programme(events)
    events = _one_visit_per_destination(events)
    events = _one_trip(events)
    # in the order the body first names them (a headline counts last): as a reader meets them
    events.sort(key=lambda c: min((x.start for x in c.sources if not x.headline), default=len(text) + c.pos))
    holders: dict[str, tuple[str, str] | None] = {}

    def holder(role: str) -> tuple[str, str] | None:
        """The first person the text names with an office that starts like ``role`` (looked up once a role)."""
        if role not in holders:  # («@беглов»: the person of that surname, named with an office)
            holders[role] = next(((n, r) for x in sents for _, n, r in people_in(x.text, lang)
                                  if r and (_surname_key(n.split()[-1]) == role[1:] if role[:1] == "@"
                                            else fold(r).startswith(role))),
                                 None)
        return holders[role]

    return [_to_event(c, lead, holder) for c in events]


_OFFICE = re.compile(r"[А-ЯЁІЎ][а-яёіў]+(?:ого|ага|ому|ым|им|ім|ий|ый|і)\s+(?:обл|гор|абл|гар)(?:исполком|выканкам)")
_WHERE_CLAUSE = re.compile(r"(?:\b(?:в|во|у|ў|to|in)\s+)((?:\S+\s+){0,2}?\S+),\s+(?:где|дзе|where)\b")
_AT = re.compile(r"(?:^|\s)(?:в|во|у|ў|at|in)\s+$")
_BETWEEN_TOWNS = re.compile(r"\bмежду\s+(?:город\w*\s+)?([А-ЯЁ][а-яё-]+)\s+и\s+([А-ЯЁ][а-яё-]+)")
# «посла Беларуси в России»: the country of an ambassador, not a venue
_EMBASSY_BEFORE = re.compile(r"(?:посл\w*|посольств\w*|ambassador\w*)(?:\s+\S+){0,4}\s*$", re.I)
_CYRILLIC = re.compile("[А-Яа-яЁё]")


_OUR_COUNTRY = re.compile(r"\b(?:(?:в|во|у|ў|по|па)\s+(?:нашу|нашей|нашай)\s+(?:стран|краін|республик|рэспублік)\w*"
                          r"|(?:in|to|around)\s+our\s+(?:country|republic))\b")
_SITE_COUNTRY = re.compile(r"Source URL:\s*https?://[^/\s]+\.(by|ru)(?:[:/]|\s|$)")


_RU_UNITY = "День народного единства"
_FOURTH_OF_NOVEMBER = re.compile(r"\b4\s+(?:ноября|лістапада|november)|\bnovember\s+4\b")


def _site_country(text: str) -> str | None:
    """The country of the site a text is from, by its address's domain (.by, .ru), else None."""
    at = text.rfind("Source URL:")
    m = _SITE_COUNTRY.match(text, at) if at >= 0 else None
    return None if m is None else "Беларусь" if m.group(1) == "by" else "Россия"


def _twin_town(c: Cand, region: str) -> str:
    """«соглашение … между Брестом и Орлом», signed in Орловская область: the town of that region, Орёл."""
    m = _BETWEEN_TOWNS.search(c.sent.text)
    if m:
        centre = region_centre(region.split()[0])
        for w in m.groups():
            if centre and place_name(w) == centre:
                return centre
    return region


def _venue(sents: list[Sentence]) -> str | None:
    """The first town the body names as such («Город Лоев», «в местечке Свобода»)."""
    for s in sents:
        if not s.headline and ("ород" in s.text or "местечк" in s.text):
            got = next((p for _, p in places_in(s.text) if p not in COUNTRIES), None)
            if got:
                return got
    return None


def _date_visits_by_meetings(events: list[Cand], pub: str | None) -> None:
    """A visit the text does not date took place when its first dated meeting did
    («В пятницу, 7 февраля, … провел встречу … Визит … анонсировался еще накануне»)."""
    meetings = [e for e in events if e.type == "meeting"]
    if not meetings:
        return
    meeting = min(meetings, key=lambda e: min(x.start for x in e.sources))  # the first one the text names
    if not meeting.explicit or not meeting.start or pub and meeting.start[:4].isdigit() and meeting.start[:4] < pub[:4]:
        return  # undated, or a meeting of an earlier year the visit only recalls
    if any(c.type == "visit" and c.how == "mention" and not (c.start or "")[:4] < meeting.start[:4] for c in events):
        return  # a visit the text dates itself: an undated one is that visit named again, merged with it later (not
        # one of another year the text recalls: "his previous meeting with the delegation … in 2012")
    for c in events:
        if c.type == "visit" and c.how == "default" and not c.sent.headline \
                and (held := next((e for e in events if kind(e) in ("fair", "festival", "forum") and e.explicit
                                   and e.start and e.end and e.sent.end <= c.sent.start < e.sent.end + 240
                                   and e.location and c.location in (None, e.location)), None)) is not None:
            # «С 10 по 12 ноября в Минске прошла выставка-ярмарка … Делегацию региона возглавил …»: the delegation
            # told right after a gathering of days, where it went, came for its days (GUIDE §5)
            c.start, c.end, c.how = held.start, held.end, "by-event"
            continue
        if c.type == "visit" and c.how == "default" and not _IN_IT.search(c.sent.low):
            # («В нём приняли участие … делегация района»: a delegation at the event just told, dated like it below)
            # (a trip to a forum is dated like the forum, its days too: «The delegation … took part in the Forum held
            # on September 15-17», GUIDE §5; talks are one day of a trip, which may last longer)
            c.start, c.end, c.how = meeting.start, meeting.end if kind(meeting) == "forum" else None, "by-meeting"


def _month_of_the_days_under_way(events: list[Cand], pub: str | None) -> None:
    """«Делегация с 4 по 6 мая посещает Ленинградскую область. Сегодня состоялась встреча …» in a report whose day is
    not known, only its year: the days a visit, festival or fair is told to be under way (no past or future form)
    hold the day of writing, so what the report dates by that day, or by its year alone, is of their month
    (GUIDE §5, arithmetic on stated dates)."""
    if not pub or len(pub) != 4:
        return
    months = {e.start[:7] for e in events if e.how == "mention" and e.explicit and e.type in ("visit", "festival", "fair")
              and e.start and e.end and len(e.start) == len(e.end) == 10 and e.start[:7] == e.end[:7]
              and e.start[:4] == pub and not e.sent.headline
              and clause_tense(e.sent.low, e.pos - e.sent.start, e.pos - e.sent.start + 1) is None}
    if len(months) != 1:
        return
    month = months.pop()
    for e in events:
        if e.start == pub and e.how in ("default", "live", "by-type", "inherited", "by-container") and e.end is None:
            e.start = month


def _date_parts_of_the_visit_reported(events: list[Cand]) -> None:
    """«В конце января университет с официальным визитом посетили представители … (next paragraph) По итогам рабочей
    встречи двух ректоров был подписан договор»: in a report of one visit the text dates as a whole (a month, or its
    days), the talks and signings it tells after with no date of their own are parts of it (GUIDE §5), of the finest
    unit holding its days — not of the report's day."""
    visits = [v for v in events if v.type == "visit" and v.how == "mention" and v.start and v.start[:4].isdigit()]
    if len(visits) != 1 or any(e.type == "visit" and e is not visits[0] and e.start for e in events):
        return
    visit = visits[0]
    if len(visit.start or "") == 10 and not visit.end or min((e.pos for e in events if e.explicit), default=0) < visit.pos:
        return  # (a trip dated by a day of arrival is not dated as a whole; a report that leads with another event
        # is not a report of the trip)
    for e in events:
        if e.type in ("meeting", "agreement") and e.how == "default" and e.pos > visit.pos and not e.sent.headline \
                and not set_apart(e) and (e.location is None or visit.location is None
                                          or visit.location in (e.location, country_of(e.location))):
            e.start, e.end, e.how = _holding(visit.start or "", visit.end), None, "by-visit"


def _date_headline_by_lead(events: list[Cand], pub: str | None) -> list[Cand]:
    """«Делегация из Клинцов встретилась с руководством Жлобинского района» (headline) over «8 ноября 2023 года
    делегация из Клинцов в город Жлобин …, чтобы подписать договор»: a headline's meeting or signing told in the
    past with no date of its own is the occasion its lead reports (GUIDE §3: headline and body are one event), of the
    one day the lead's events are dated by — not of the report's day."""
    heads = [e for e in events if e.sent.headline and e.how == "default" and e.type in ("meeting", "agreement")
             and e.start == pub and not e.end]
    body = [e for e in events if not e.sent.headline and e.start and not e.recurrence]
    if not heads or not body:
        return events
    line = min(e.sent.line for e in body)
    lead = [e for e in body if e.sent.line == line]
    days = {e.start for e in lead if e.how == "mention"}
    if len(days) != 1 or any(e.how != "mention" or e.end for e in lead):
        return events
    day = days.pop() or ""
    told: set[int] = set()
    if len(day) == 10 and day[:4].isdigit() and pub and day < pub and (date.fromisoformat(pub) - date.fromisoformat(day)).days <= 7:
        for e in heads:
            e.start, e.how = day, "by-lead"
            same = [x for x in lead if x.type == e.type]
            if len(same) == 1:  # the lead's one event of the kind is the headline's (GUIDE §3: one record)
                _absorb(same[0], e)
                told.add(id(e))
    return [e for e in events if id(e) not in told]


def _date_meetings_in_a_visit_under_way(events: list[Cand], pub: str | None) -> None:
    """«Делегация прибыла в Минск … Планируется, что Беглов встретится с президентом»: talks planned, undated, in a
    report of a visit under way on the day of the text are part of that visit, of its day (GUIDE §5)."""
    if not pub or len(pub) != 10:
        return
    visits = [v for v in events if v.type == "visit" and (v.start == pub and not v.end or v.start and v.end
                                                           and len(v.start) == len(v.end) == 10 and v.start <= pub <= v.end)]
    if not visits or len({v.location for v in visits if v.location}) > 1 \
            or len({(v.start, v.end) for v in visits if v.end}) > 1:
        return  # (two records of the day's visit to one place are still one visit under way)
    visit = next((v for v in visits if v.end), None) or next((v for v in visits if v.location), visits[0])
    for e in events:
        if e.start is None and e.how == "future" and (e.type == "meeting" and kind(e) in ("meeting", "session")
                                                      or e.type == "agreement" and visit.end) \
                and (e.location is None or visit.location in (e.location, country_of(e.location))):
            # («цель визита — заседание»: what the trip is for, its day not said: the year; «Рабочая поездка продлится
            # три дня … Они подпишут соглашения»: the days of the trip under way hold it, GUIDE §5)
            e.start, e.how = (pub[:4] if PURPOSE.search(e.sent.low) else _holding(visit.start or pub, visit.end)), "by-visit"


def _date_meetings_by_announced_visit(events: list[Cand], pub: str | None) -> None:
    """«Делегация наведае сталіцу Беларусі 5 снежня … У Мінску пройдзе пасяджэнне рабочай групы»: an undated
    sitting or talks announced where a visit the text announces for its days goes are part of that visit, within
    its days; so are those announced in the paragraph that announces it and naming no other place («3-4 декабря
    регион посетит делегация … Запланирована встреча с руководством области»)."""
    visits = [v for v in events if v.type == "visit" and v.explicit and v.start and len(v.start) == 10
              and v.start[:4].isdigit() and (not v.end or len(v.end) == 10 and v.end[:4].isdigit()
                                        and (date.fromisoformat(v.end) - date.fromisoformat(v.start)).days <= 7)
              and pub and v.start > pub[:10]]
    if len(visits) != 1:
        return
    visit = visits[0]
    for e in events:
        if e.type != "meeting" or e.start is not None or e.how != "future" or kind(e) == "forum" \
                or _PROGRAMME_OF.search(e.sent.low):
            continue  # («в программе визита запланированы встречи»: a programme's list is no event, GUIDE §3)
        if e.location and visit.location in (e.location, country_of(e.location)) \
                or e.location is None and e.sent.line == visit.sent.line and e.sent.start > visit.sent.start:
            e.start, e.end, e.how = visit.start, visit.end, "by-visit"


def _date_visits_by_announced_gathering(events: list[Cand], pub: str | None) -> None:
    """"The business forum … will take place in Mogilev on 27 September … The Chinese delegation …, led by Governor
    Wu Zhenglong, will include …": a delegation announced with no day and no place of its own, in a release that
    announces one gathering (a forum, festival or fair) for its days and town, comes to it (GUIDE §4.6: a visit,
    dated like the event)."""
    ahead = [g for g in events if g.type in ("meeting", "festival", "fair") and kind(g) in ("forum", "festival", "fair")
             and g.explicit and g.location and g.start and len(g.start) == 10 and g.start[:4].isdigit()
             and pub and g.start > pub[:10]]
    if len(ahead) != 1:
        return
    gathering = ahead[0]
    for v in events:
        if v.type == "visit" and v.start is None and v.how == "future" and v.location is None and not set_apart(v) \
                and not places_in(v.sent.text):
            v.start, v.end, v.how, v.location = gathering.start, gathering.end, "by-event", gathering.location


# a region's or town's Days: «Дни Москвы», «Дні Маскоўскай вобласці», "the Days of the Moscow Region"
_REGION_DAYS = re.compile(r"(?<![\w-])(?:дн(?:и|ей|ям|ях|ями)|дн(?:і|ёў|ям|ях)|days)\s+(?:of\s+(?:the\s+)?)?(?!культур|culture)\w")


_GATHERING_WORDS = ("встреч", "сустрэч", "meeting")


def _one_themed_gathering(cands: list[Cand]) -> list[Cand]:
    """«В Злынковской библиотеке состоялась встреча поэтов» over «… встреча поэтов, посвящённая Дню единения» and
    «Торжественное открытие встречи прошло …»: where the text tells a gathering held for a day (a commemoration,
    GUIDE §4.5), its other mentions by the same noun with no counterpart of talks are that gathering (headline and
    body are one event, GUIDE §3), not meetings of their own."""
    themed = [c for c in cands if c.type == "commemoration" and THEMED.match(c.sent.low, c.pos - c.sent.start)]
    if not themed:
        return cands
    days = {c.start for c in themed}
    return [c for c in cands if not (c.type == "meeting" and kind(c) == "meeting" and c.how != "mention"
                                     and any(w in c.sent.low for w in _GATHERING_WORDS)
                                     and (c.start in days | {None} or c.how == "default")
                                     and not _talks_with_someone(c) and c.sent is not themed[0].sent)]


def _delegation_to_its_days(events: list[Cand]) -> None:
    """«Дні Масквы ў Мінску пройдуць з 18 па 21 верасня … Маскоўскую дэлегацыю ўзначаліць мэр … 19 верасня … ён правядзе
    перамовы»: a delegation whose own sentences give no day, in a release on one region's Days held over several days,
    comes for those Days — its visit spans them, where they are held (GUIDE §4.6: a delegation's trip to an event),
    not the day of the talks it holds there."""
    days = [f for f in events if f.type == "festival" and f.explicit and f.start and f.end and f.start != f.end
            and len(f.start) == 10 and len(f.end) == 10 and any(_REGION_DAYS.search(x.low) for x in f.sources)]
    if len(days) != 1:
        return
    f = days[0]
    first, last = f.start or "", f.end or ""
    for v in events:
        if v.type == "visit" and v.how != "mention" and v.end is None \
                and any("делегац" in x.low or "дэлегац" in x.low or "delegation" in x.low for x in v.sources) \
                and (v.start is None or first <= v.start <= last) and not set_apart(v):
            # (a visit already given the Days' span keeps what its own words add: «прибыла за день до открытия»)
            v.start, v.end, v.how = f.start, f.end, "by-event"
            v.location = f.location or v.location


_CONTAINER = re.compile(r"(?:в рамках|в ходе|во время|на полях|[уў] рамках|падчас|during|in the course of|as part of(?: the)?"
                        r"|в программе|[уў] праграме|program(?:me)? of(?: the)?"  # («В программе визита — …»)
                        r"|within the framework of(?: the)?|on the "
                        r"sidelines of|(?:\bна|\bat(?: the)?)(?=\s+(?:\S+\s+)?(?:форум|forum))|(?:\bза|\bв|\bу|\bў|\bover|\bin)\s+(?:\S+\s+){0,2}?(?:дни|дні|days)(?:\s+of)?(?:\s+the)?(?=\s+"
                        r"(?:форум|фестивал|фестывал|ярмарк|кірмаш|forum|festival|fair))|(?:событи\w*|падзе\w*|event|highlight)"
                        r"(?:\s+of)?(?:\s+the)?(?=\s+(?:форум|фестивал|фестывал|ярмарк|кірмаш|forum|festival|fair)))"
                        r"\s+(?:\S+\s+)?(визит|поездк|форум|фестивал|фестывал|ярмарк|дн|дзен|візіт|паездк|кірмаш"
                        r"|visit|trip|forum|festival|fair|days)"
                        r"|\b(?:в|[уў]) (?:его|её|ее|их|яго|яе|іх) рамках\b|\bas part of it\b")
_CONTAINER_TYPE = {"визит": "visit", "поездк": "visit", "візіт": "visit", "паездк": "visit", "visit": "visit",
                   "trip": "visit", "форум": "meeting", "forum": "meeting", "фестивал": "festival",
                   "festival": "festival", "фестывал": "festival", "дн": "festival", "дзен": "festival", "days": "festival", "ярмарк": "fair",
                   "кірмаш": "fair", "fair": "fair"}


_PROGRAMME_OF = re.compile(r"(?:(?:в|у|ў|in)\s+)?(?:the\s+)?(?:программ|праграм|programme|program)\w*\s+(?:of\s+(?:the\s+)?)?"
                           r"(?:\S+\s+)?(визит|поездк|форум|фестивал|фестывал|ярмарк|дн|дзен|візіт|паездк|кірмаш|visit|trip|forum"
                           r"|festival|fair|days)")
_ALSO = re.compile(r"(?:также|кроме того|помимо этого|а также|таксама|акрамя таго|also|in addition|besides)\b")
_OPENS_WITH = re.compile(r"\b(визит|поездк|форум|фестивал|фестывал|ярмарк|дн|дзен|візіт|паездк|кірмаш|visit|trip|forum"
                         r"|festival|fair|days)\w*\s+(?:\S+\s+){0,3}?(?:начал\w*|начина\w*|открыл\w*|стартовал\w*"
                         r"|пачаў\w*|пачына\w*|адкры\w*|began|begins|started|starts|opened|opens|kicked off)\s+(?:с|со|з|with)\s")


_TO_THE_EVENT = re.compile(r"[^,.;:!?]*\s(?:на|в|во|to|for|at|у|ў)\s+(?:the\s+)?(?:\S+\s+){0,3}$")


def _destination_of_a_trip_ahead(found: list[Cand]) -> None:
    """"announced the visit of heads of regions to the Kupala Festival", «анонсировал визит глав регионов на
    праздник»: the gathering an announced trip goes to is ahead as well, not of the day of the report."""
    for v in found:
        if v.type != "visit" or v.how != "future" or v.start:
            continue
        for c in found:
            if c.type in ("festival", "fair", "meeting", "commemoration") and c.how == "default" and 0 < c.pos - v.pos < 120 \
                    and _TO_THE_EVENT.match(c.sent.low, v.pos - c.sent.start, c.pos - c.sent.start):
                c.start, c.end, c.how = None, None, "future"


_TRIP_AS_FRAME = re.compile(r"(?:в ходе|в рамках|во время|[уў] рамках|падчас|during|in the course of|as part of)\s+"
                            r"(?:\S+\s+){0,3}?(визит|візіт|visit|поездк|паездк|trip)")


def _visit_named_as_frame(found: list[Cand], own: list[Mention]) -> None:
    """"On October 17, during his two-day working visit to Minsk, he had a meeting …", «15 мая в ходе визита в
    Минск губернатор встретился …»: the day is the part's; the trip named as its frame holds it and takes the month
    (GUIDE §5: a container dated from its part), none where the year is unknown."""
    for c in found:
        if c.type != "visit" or c.how != "mention" or not c.start or len(c.start) != 10 \
                or any(x.value.startswith(f"{c.start}/") for x in own):
            continue  # («В рамках трехдневного визита, с 4 по 6 июня, …»: days of its own)
        at = c.pos - c.sent.start
        frame = next((m for m in _TRIP_AS_FRAME.finditer(c.sent.low) if m.start(1) <= at < m.end(1) + 2), None)
        if frame is not None and any(o.type in ("meeting", "agreement") and o.start == c.start for o in found):
            c.start, c.end = None if c.start.startswith("XXXX") else c.start[:7], None


# an anniversary's celebration named as the frame of what a sentence tells: «в рамках мероприятий, приуроченных к
# празднованию 1161-летия …», «у рамках святкавання …», "as part of the celebrations of the 1,161st anniversary"
_CELEBRATION_AS_FRAME = re.compile(r"(?:в ходе|в рамках|во время|[уў] рамках|падчас|during|as part of|within)\s+(?:\S+\s+){0,4}?"
                                   r"(?:празднован|святкаванн|торжеств|урачыстасц|celebrat|festivities)")


def _celebration_named_as_frame(found: list[Cand]) -> None:
    """«Подписание соглашения состоялось в рамках мероприятий, приуроченных к празднованию 1161-летия …»: the
    celebration, dated by its anniversary's year alone, holds the part's day and takes its month (GUIDE §5: a
    container dated from its part)."""
    for c in found:
        if c.type != "commemoration" or c.how != "computed" or not c.start or len(c.start) != 4:
            continue
        at = c.pos - c.sent.start
        frame = next((m for m in _CELEBRATION_AS_FRAME.finditer(c.sent.low, max(0, at - 90), at) if at - m.end() < 40),
                     None)
        part = next((o for o in found if frame is not None and o is not c and o.type != "commemoration"
                     and o.pos - c.sent.start < frame.start() and o.start and len(o.start) == 10
                     and o.start.startswith(c.start)), None)
        if part is not None and part.start is not None:
            c.start, c.end = part.start[:7], None


# the close of a container: «По завершении форума состоится пленарное заседание», «в завершение визита», «напрыканцы
# візіту», "at the end of the visit", "at the close of the forum"
_AT_THE_END = re.compile(r"(?:по завершении|по окончании|в завершение|в заключение|в конце|в последний день|па завяршэнні"
                         r"|па заканчэнні|у завяршэнне|напрыканцы|у апошні дзень|at the end of|at the close of|on the "
                         r"(?:last|final) day of|following the close of|after the close of)\s+(?:the\s+)?(?:\S+\s+)?"
                         r"(визит|поездк|форум|фестивал|ярмарк|дн|візіт|паездк|фестывал|кірмаш|дзён|visit|trip|forum"
                         r"|festival|fair|days|встреч|сустрэч|переговор|перамоў|meeting|talks)")
_TALKS_STEMS = frozenset(("встреч", "сустрэч", "переговор", "перамоў", "meeting", "talks"))


# a day of a container counted from its first: «На второй день ярмарки …», «у другі дзень форуму», "on the second day of
# the visit"; and the eve of its opening: «Накануне её открытия …», «напярэдадні адкрыцця», "on the eve of the opening"
_NTH_DAY_OF = re.compile(r"(?:(?:на|в|во|у|ў|on|for)\s+|^|[.;]\s+)(?:the\s+)?(втор|трет|четв|друг|трэц|чацв|second|third|fourth)\w*\s+"
                         r"(?:день|дзень|day)\s+(?:of\s+(?:the\s+)?)?(?:\S+\s+)?(визит|поездк|форум|фестивал|ярмарк|дн|візіт"
                         r"|паездк|фестывал|кірмаш|visit|trip|forum|festival|fair|days|конференц|канферэнц|conference|съезд"
                         r"|з'езд|congress)"
                         # … or with no noun, the container the text has told: "On the second day, he met …", «На второй
                         # день гости …»
                         r"|(?:^|[.,;]\s*)(?:на|в|во|у|ў|on)\s+(?:the\s+)?(перв|перш|втор|трет|друг|трэц|first|second|third)\w*\s+"
                         r"(?:день|дзень|day)\b(?!\s+(?:of|\S+\s+(?:визит|форум|фестивал|ярмарк|візіт|фестывал|кірмаш|весны"
                         r"|вясны|лета|осени|восени|зимы|зімы|года|году)))"  # («в первый день весны» is no trip's day)
                         # … or the container's own day by its pronoun: «в первый день его работы», "on its first day"
                         r"|\bon\s+its\s+(first|second|third)\s+day\b"
                         r"|(?:на|в|во|у|ў)\s+(перв|перш|втор|трет|друг|трэц)\w*\s+(?:день|дзень)\s+(?:его|её|ее|яго|яе)\s+(?:работы"
                         r"|працы)\b")
_GATHERING_STEMS = {"конференц": "meeting", "канферэнц": "meeting", "conference": "meeting", "съезд": "meeting",
                    "з'езд": "meeting", "congress": "meeting"}
_NTH = {"перв": 1, "перш": 1, "first": 1, "втор": 2, "друг": 2, "second": 2, "трет": 3, "трэц": 3, "third": 3, "четв": 4, "чацв": 4, "fourth": 4}
_EVE_OF_OPENING = re.compile(r"(?:накануне|за день до)\s+(?:е[её]\s+|его\s+|их\s+)?открыти|(?:напярэдадні|за дзень да)\s+(?:яе\s+"
                             r"|яго\s+|іх\s+)?адкрыцц|on the eve of (?:its |the )?opening|(?:on )?the day before (?:its |the )?"
                             r"(?:opening|(?:\S+\s+){1,2}?opened)")


def _nth_day_of(low: str) -> re.Match[str] | None:
    """``_NTH_DAY_OF`` in a sentence, tried only where a word of a day stands (each of its readings holds one)."""
    return _NTH_DAY_OF.search(low) if "ден" in low or "дзен" in low or "day" in low else None


def _counted_before(e: Cand, sents: list[Sentence], events: list[Cand]) -> re.Match[str] | None:
    """The counted day of one of the two sentences before ``e``'s ("On the third day of the trip, the presidents
    visited … . The two leaders also held a separate meeting."), where no sentence from there to ``e``'s dates an
    event of its own."""
    at = bisect.bisect_left(sents, e.sent.start, key=lambda x: x.start)
    if at >= len(sents) or sents[at].start != e.sent.start:
        return None
    for back in (1, 2):
        if at - back < 0 or sents[at - back].headline:
            return None
        between = {x.start for x in sents[at - back + 1: at + 1]}
        if any(x.how == "mention" and x.sent.start in between for x in events):
            return None
        if (nth := _nth_day_of(sents[at - back].low)) is not None:
            return nth
    return None


def _date_parts_by_nth_day(events: list[Cand], sents: list[Sentence]) -> None:
    """«21 февраля открылась выставка-ярмарка. Накануне её открытия … переговоры. На второй день ярмарки … подписание
    контрактов»: a part on a counted day of a container, or on the eve of its opening, with no day of its own, is
    of that day (GUIDE §5: arithmetic on stated dates); so is a part told in the next sentences with no day of
    their own."""
    for e in events:
        if e.how not in ("default", "future", "by-container", "by-type", "inherited", "live", "by-announcement",
                         "by-visit"):
            continue  # (a day borrowed from the sentence before, or the unit of the trip it is part of, yields to the
            # day the sentence counts)
        nth = _nth_day_of(e.sent.low)
        eve = _EVE_OF_OPENING.search(e.sent.low) if nth is None else None
        if nth is None and eve is None and e.how in ("default", "inherited", "by-type"):
            nth = _counted_before(e, sents, events)
        if nth is None and eve is None or nth is not None and e.type == "visit" and (nth.group(4) or nth.group(5)):
            continue  # (the trip to the forum whose own day the sentence counts is not of that day)
        bare = nth is not None and nth.group(1) is None  # (the day counted with no noun after it, or its own)
        box_type = (_CONTAINER_TYPE.get(nth.group(2)) or _GATHERING_STEMS.get(nth.group(2))) if nth and not bare else None
        box = next((x for x in events if x is not e and x.explicit and x.start and len(x.start) == 10
                    and (box_type is None and kind(x) in ("forum", "fair", "festival")
                                                   or x.type == box_type or bare and x.type == "visit")
                    and x.pos < e.pos and (not bare or x.end)), None)
        if box is None or box.start is None:
            continue
        n = _NTH[((nth.group(3) or nth.group(4) or nth.group(5)) if bare else nth.group(1))] if nth else 0
        yearless = box.start.startswith("XXXX")  # («19 августа начался визит … Второй день визита …»: the days of a year
        # not told are counted all the same, in a leap year so that 29 February stands)
        day = date.fromisoformat("2000" + box.start[4:] if yearless else box.start) \
            + timedelta(days=(n - 1) if nth else -1)
        told = ("XXXX" + day.isoformat()[4:]) if yearless else day.isoformat()
        first = date.fromisoformat("2000" + box.start[4:]) if yearless else day
        if yearless and (day.year != 2000 or box.start[5:] != "02-29" and date(2000, 2, 29) in (
                day, first) or min(day, first) < date(2000, 2, 29) < max(day, first)):
            continue  # (across the new year, or past 28 February, of a year not told: no day to give)
        if nth and box.end and told[4:] > box.end[4:] and (yearless or told > box.end):
            continue
        e.start, e.end, e.how = told, None, "by-container"


def _date_parts_at_the_end(events: list[Cand]) -> None:
    """«Она пройдет 30-31 марта … По завершении форума состоится пленарное заседание»: a part held at the close of
    a container whose days the text gives, with no date of its own (or only the unit holding the container's days,
    as an announced programme item gets), is of its last day (GUIDE §5)."""
    for e in events:
        if e.start is not None and e.how not in ("by-announcement", "inherited", "by-type") \
                or e.how not in ("default", "future", "by-announcement", "inherited", "by-type") \
                or (m := _AT_THE_END.search(e.sent.low)) is None or m.start(1) <= e.pos - e.sent.start <= m.end(1):
            continue
        if m.group(1) in _TALKS_STEMS:  # "At the end of the meeting an agreement was signed": the talks just told, of
            # one day («В конце встречи подписано соглашение»)
            talks = [x for x in events if x is not e and x.type == "meeting" and x.explicit and x.start
                     and len(x.start) == 10 and x.end is None and x.pos < e.pos]
            if talks:
                e.start, e.end, e.how = talks[-1].start, None, "by-container"
            continue
        box_type = _CONTAINER_TYPE.get(m.group(1)) or ("festival" if m.group(1) == "дзён" else None)
        box = next((x for x in events if x is not e and x.type == box_type and x.explicit and x.start and x.end
                    and len(x.end) == len(x.start) == 10), None)
        if box is not None:
            e.start, e.end, e.how = box.end, None, "by-container"


# a part held at a gathering's opening: «во время церемонии открытия», «на торжественном открытии», «падчас цырымоніі
# адкрыцця», "during the opening ceremony", "at the grand opening"
_AT_THE_OPENING = re.compile(r"(?:во время|в ходе|на|при)\s+(?:торжественн\w+\s+)?(?:церемони\w+\s+)?открыти\w*"
                             r"|(?:падчас|на|[уў] ходзе)\s+(?:урачыст\w+\s+)?(?:цырымоні\w+\s+)?адкрыцц\w*"
                             r"|(?:during|at)\s+the\s+(?:official\s+|grand\s+|solemn\s+)?opening\b")


def _date_parts_at_the_opening(events: list[Cand]) -> None:
    """"The fair opened on 10 June and will close on 13 June. During the opening ceremony … signed a protocol": a part
    held at the opening of the one gathering whose days the text gives, with no date of its own, is of its first day
    (GUIDE §5), not of the report's."""
    boxes = [x for x in events if x.type in ("fair", "festival", "meeting") and x.how == "mention" and x.start
             and x.end and len(x.start) == len(x.end) == 10 and x.start != x.end]
    if len(boxes) != 1:
        return
    box = boxes[0]
    for e in events:
        if e is box or e.how not in ("default", "future", "by-announcement", "inherited", "by-type") \
                or not ("откры" in e.sent.low or "адкрыц" in e.sent.low or "opening" in e.sent.low) \
                or (m := _AT_THE_OPENING.search(e.sent.low)) is None or m.start() <= e.pos - e.sent.start < m.end():
            continue
        e.start, e.end, e.how = box.start, None, "by-container"


def _in_parens(low: str, at: int) -> bool:
    """Is offset ``at`` of ``low`` inside an aside in parentheses (of eight characters or more)?"""
    return any(p.start() <= at < p.end() for p in ASIDE.finditer(low))




# «По итогам переговоров … подписали», «Па выніках перамоў …», "Following the talks, … signed": the talks told just before
_AFTER_THE_TALKS = re.compile(AFTER_TALKS_WORDS + r"\s+(?:the\s+|этих\s+|гэтых\s+)?(?:\S+\s+)?(?:переговор|встреч|перамоў"
                              r"|перамов|сустрэч|talks|meeting|negotiations)")


# «В тот же день, что и подписание плана, …», «У той жа дзень, што і падпісанне плана», "On the same day as the signing
# of the plan": the day of another event the text has told, named by its noun
_SAME_DAY_AS = re.compile(r"(?:в тот же день|в этот же день|у той жа дзень|у гэты ж дзень|on the same day)\s*,?\s*"
                          r"(?:что и|што і|як і|as)\s+(?:the\s+)?(подписани\w*|падпісанн\w*|signing|заседани\w*"
                          r"|пасяджэнн\w*|встреч\w*|сустрэч\w*|meeting|переговор\w*|перамов\w*|talks|форум\w*|forum"
                          r"|визит\w*|візіт\w*|visit)")
_SAME_DAY_TYPES = (("подпис", "agreement"), ("падпіс", "agreement"), ("signing", "agreement"), ("визит", "visit"),
                   ("візіт", "visit"), ("visit", "visit"))


def _told_before(events: list[Cand], types: Sequence[str], at: Cand, day: bool = False) -> Cand | None:
    """The last event of ``types`` a sentence before ``at``'s dates itself (with ``day``: to the day) — the one a
    later sentence points back at by its noun («по итогам переговоров», «на церемонию», «в тот же день, что и …»)."""
    return max((x for x in events if x.type in types and x.explicit and x.start and x.pos < at.pos
                and x.sent is not at.sent and (not day or len(x.start) == 10)), key=lambda x: x.pos, default=None)


def _same_day_as(events: list[Cand]) -> list[Cand]:
    """«Делегация находилась в Уфе 7–8 февраля. В тот же день, что и подписание плана, … встретился с премьером»:
    the sentence's events are of the day of the event its noun names (told before), and that noun is no event of its
    own (GUIDE §5)."""
    out = []
    for e in events:
        m = _SAME_DAY_AS.search(e.sent.low) if "same day" in e.sent.low or "же день" in e.sent.low \
            or "жа дзень" in e.sent.low or "ж дзень" in e.sent.low else None
        if m is None:
            out.append(e)
            continue
        kind_ = next((t for stem, t in _SAME_DAY_TYPES if m.group(1).startswith(stem)), "meeting")
        if e.type == kind_ and m.start(1) <= e.pos - e.sent.start <= m.end(1) + 30:
            continue  # (the signing named as the time, «подписание плана», is the one told before)
        if (told := _told_before(events, (kind_,), e, day=True)) is not None:
            e.start, e.end, e.how = told.start, None, "by-event"
        out.append(e)
    return out


def _signed_after_talks(events: list[Cand]) -> None:
    """«Переговоры прошли 13 мая. По итогам переговоров … подписали дорожную карту»: a signing with no day of its own,
    told as the outcome of the talks just told, is on the talks' day (GUIDE §5: a part inside its container)."""
    for e in events:
        if e.type != "agreement" or e.how in ("mention", "computed") or not _AFTER_THE_TALKS.match(e.sent.low):
            continue  # (a day borrowed from the sentence before, the trip or the report yields to the talks')
        if (talks := _told_before(events, ("meeting",), e, day=True)) is not None and e.pos - talks.pos < 1500:
            e.start, e.end, e.how = talks.start, None, "by-container"


# «На церемонию приехала делегация», «На цырымонію прыехала дэлегацыя», "The delegation came to the ceremony": the
# event just told, pointed back at by its noun
_FOR_THE_EVENT = re.compile(r"(?:^|\s)(?:на|to|for)\s+(?:the\s+|эт[уо]\s+|гэт[ую]\s+)?(?:церемони|цырымоні|открыти|адкрыцц"
                            r"|торжеств|урачыстасц|праздник|свят|мероприяти|мерапрыемств|ceremony|opening|celebration"
                            r"|event)\w*")


def _came_for_the_event(events: list[Cand]) -> None:
    """«В 2014 году … открыли памятную доску. На церемонию приехала делегация Полоцкого райвыканкама»: a visit with no
    day of its own, made for the event the text has just told, is of that event's day (GUIDE §5)."""
    for v in events:
        if v.type != "visit" or v.how in ("mention", "computed") \
                or not (_FOR_THE_EVENT.search(v.sent.low) or _IN_IT.match(v.sent.low) and _took_part(v.sent.low)):
            continue  # («В нём приняли участие … делегация района»: the event just told, which it took part in)
        if (told := _told_before(events, _HOSTED, v)) is not None and v.pos - told.pos < 600:
            v.start, v.end, v.how = told.start, told.end, "by-event"


def _date_parts_by_containers(events: list[Cand], sents: list[Sentence]) -> None:
    """«В рамках визита … встретился с …» with no date of its own: the part takes the container's day, or the
    finest unit holding the container's span (GUIDE §5: a part inside a container). The container may be named
    by the sentence before, in the paragraph, as the frame of a programme: «В рамках Дней … будет насыщенная
    деловая программа. Вопросы рассмотрят на заседании рабочей группы …»."""
    for e in events:
        if e.how not in ("default", "future", "by-type") and not (e.type == "visit" and e.how == "inherited"):
            continue  # (a date borrowed from an earlier event of its type yields to the container its sentence names;
            # so does a trip's day borrowed from the sentence before: "The delegation … signed an agreement on the
            # sidelines of the forum" came for the forum's days)
        m = _CONTAINER.search(e.sent.low)
        if m is None and e.how == "inherited":
            continue
        if m is not None and "(" in e.sent.low and _in_parens(e.sent.low, m.start()) \
                and not _in_parens(e.sent.low, e.pos - e.sent.start):
            m = None  # «прошло второе заседание … (первое … состоялось во время визита …)»: the aside's frame, not its
        if m is None and e.how == "future":  # «У рамках Форуму чакаецца падпісанне»: any sentence that names it
            m = next((got for x in e.sources if x is not e.sent and (got := _CONTAINER.search(x.low))), None)
        if m is None and e.how == "by-type":
            continue
        if m is None and e.type == "agreement" and e.how == "future" and e.location:
            # «на мерапрыемствах у Санкт-Пецярбургу плануецца падпісанне пакета пагадненняў»: a signing planned
            # where the text's one dated forum is held is a signing at that forum (GUIDE §5: a part in a container)
            forums = [x for x in events if kind(x) == "forum" and x.explicit and x.start and x.location == e.location]
            if len({(x.start, x.end) for x in forums}) == 1 and forums[0].start:
                e.start, e.end, e.how = _holding(forums[0].start, forums[0].end), None, "by-container"
                continue
        if m is None and e.type == "agreement" and e.how == "future" and e.start is None:
            # «Встреча готовится в рамках визита … в конце марта. Главным событием станет подписание соглашения»:
            # a signing announced after the one trip, forum or «Дни» the text announces is a part of it
            boxes = [x for x in events if (x.type in ("visit", "festival") or kind(x) == "forum") and x.explicit
                     and x.start and x.pos < e.pos and announces(x.sent.low)]
            if len({(x.start, x.end) for x in boxes}) == 1 and boxes[0].start:
                e.start, e.end, e.how = _holding(boxes[0].start, boxes[0].end), None, "by-container"
                continue
        if m is None:
            i = bisect.bisect_left(sents, e.sent.start, key=lambda x: x.start)
            before = sents[i - 1] if i > 0 and sents[i - 1].line == e.sent.line else None
            m = _CONTAINER.match(before.low) if before is not None and (_PROGRAMME.search(before.low)
                                                                      or _ALSO.search(e.sent.low, 0, 60)) else None
            # («В рамках визита предусмотрено подписание плана. Также губернатор планирует …»: the same frame)
            if m is None and e.how == "future" and i > 0 and e.sent.line - sents[i - 1].line <= 1 \
                    and announces(sents[i - 1].low):
                m = _CONTAINER.match(sents[i - 1].low)  # «В рамках Дней … регион посетит делегация. Представители
                # примут участие в деловых встречах …»: what is announced next is of the frame announced
            if m is None and before is not None:
                m = _PROGRAMME_OF.match(before.low)  # «Программа фестиваля была масштабной. … возложили венки»
        if m is None and (o := _OPENS_WITH.search(e.sent.low)) and o.end() <= e.pos - e.sent.start:
            # «Визит начался с возложения цветов», "the visit began with a flower-laying ceremony": the part that
            # opens a container is held on its first day
            box = next((x for x in events if x is not e and x.type == _CONTAINER_TYPE[o.group(1)] and x.start
                        and x.pos < e.pos), None)
            if box is not None and box.start and (box.end or len(box.start) == 10):
                e.start, e.end, e.how = box.start, None, "by-container"
            continue
        if m is None:
            continue
        if m.group().startswith(("в программ", "у праграм", "ў праграм", "program")) \
                and e.type not in ("commemoration", "agreement"):
            continue  # «в программе визита запланированы встречи … в министерствах»: a programme as a list dates no
            # talks (GUIDE §3); a ceremony or a signing it names at its own venue is of the trip's days
        if m.group(1) is None:  # «В его рамках планируется встреча»: the event named just before, as dated
            box = next((x for x in reversed(events) if x is not e and x.type in _CONTAINER_TYPE.values()
                        and x.start and x.pos < e.pos), None)
        else:
            if m.string is e.sent.low and m.start(1) <= e.pos - e.sent.start <= m.end(1):
                continue  # «в ходе Дней Вологодской области»: the container itself, named in passing
            box_type = _CONTAINER_TYPE[m.group(1)]
            name = _name_at(m.string, m.start(1)) if box_type in ("festival", "fair") else None
            box = next((x for x in events if x is not e and x.type == box_type and x.explicit and x.start
                        and (name is None or _gathering_name(x) in (None, name))), None)
        if box is None or box.start is None:
            continue
        if e.type == "visit" and box.type != "visit":
            e.start, e.end, e.how = box.start, box.end, "by-container"  # a trip to attend it: dated like it (GUIDE §5)
            continue
        if e.how == "default" and e.start == box.start and len(e.start) == 10:
            # «БРЕСТ, 14 мая – Форум открылся … На полях форума подписано соглашение»: done by the day of a report
            # written on the container's first day, so of that day
            e.how = "by-container"
            continue
        e.start, e.end, e.how = _holding(box.start, box.end), None, "by-container"


# a side of the cooperation as the counterpart of talks: «встреча с делегацией …», «с руководством области», "with the
# leadership of the region"
_WITH_A_SIDE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:делегаци|дэлегацы|delegation|руководств|кіраўніцтв|leadership"
                          r"|руководител|кіраўнік|leaders|heads?\b)")


def _programme_meetings(events: list[Cand]) -> list[Cand]:
    """GUIDE §3: inside a forum, festival, fair or «Дни …», only talks with a named counterpart, a sitting of a named
    body and the plenary session are records of their own. «В рамках форума состоится встреча молодёжи
    городов-побратимов», "a meeting of youth representatives will take place as part of the forum" is a programme
    item: no event."""
    gatherings = [x for x in events if kind(x) == "forum" or x.type in ("festival", "fair")]
    if not gatherings:
        return events
    out = []
    for e in events:
        at = e.pos - e.sent.start
        m = _CONTAINER.search(e.sent.low) if e.type == "meeting" and kind(e) == "meeting" and not e.body \
            and e.how != "mention" and e.sent.low.startswith(("встреч", "сустрэч", "meeting"), at) else None
        # (a noun with no day of its own: «прэзідэнты сустрэнуцца 18 верасня ў рамках форуму» are the leaders' talks)
        if m is not None and m.group(1) and _CONTAINER_TYPE[m.group(1)] != "visit" \
                and not m.start(1) <= at <= m.end(1) and len(e.sources) == 1 and not _plenary(e) \
                and not _talks_with_someone(e) and _counterpart(e) is None \
                and not _WITH_A_SIDE.match(e.sent.low, max(at, e.sent.low.find(" ", at))) \
                and not _BODY_AFTER.match(e.sent.low, at):
            continue  # (a part of the gathering, dating it at most: the gathering is already a record)
        out.append(e)
    return out


# a sentence that tells what came next on the same occasion: «После этого …», «Затем …», "After that, …", "Following
# the plenary session, …"
_NEXT_IN_TURN = re.compile(r"(?:после этого|после того|затем|потом|вслед за (?:этим|тем)|по окончании|по завершении"
                           r"|пасля гэтага|затым|потым|after that|afterwards|then|following (?:the|this|that)|after the)\b")


# a delegation led by someone: «делегацию возглавил», «на чале з», "led by", «во главе с»
_LED = re.compile(r"возглав|во главе|на чале|[уў]значал|led by|headed by|\bled\b")


def _date_by_sequence(events: list[Cand], pub: str | None) -> None:
    """«The visit began with a flower-laying … After that, a business forum was held. Following the plenary session,
    documents were signed»: what the text tells as next in turn, with no date of its own, is of the day of the event
    told just before it (its date as the passes have settled it), not of the report's day."""
    ordered = sorted(events, key=lambda e: e.pos)
    for i, e in enumerate(ordered):
        loose = e.how == "default" or e.hedged and e.start == pub and e.how != "inherited"  # (not «After the
        # sitting, …»: dated by the event it names)
        told = next((x for x in e.sources if _NEXT_IN_TURN.match(x.low)), None) if loose else None  # (the mention
        # that says so may have merged into another)
        led = None
        if told is None and e.type == "visit" and e.how == "inherited" and not e.end \
                and (x := next((x for x in e.sources if _LED.search(x.low)), None)) is not None:
            # «Дни культуры … открылись 27 сентября … и завершились 1 октября. Ярославскую делегацию возглавил …»: the
            # delegation that came to the gathering just told, for its days (not only the day the sentence inherits)
            told = led = x
        if told is None and e.type == "visit" and (loose or e.how == "future" and e.start is None):
            # («На сесію ў Гродне Парламенцкі сход прыедзе … на чале са старшынёй …»: announced too)
            # «Российскую делегацию возглавил губернатор …» after «встреча … состоялась 7 июля»: the delegations that
            # came to the gathering just told (GUIDE §5: a trip to attend is dated like it)
            told = led = next((x for x in e.sources if _LED.search(x.low)), None)
        if told is None:
            continue
        earlier = [x for x in reversed(ordered[:i]) if x.sent.start < told.start and x.start
                   and len(x.start) == 10 and x.how != "default" and not (x.hedged and x.start == pub)
                   and x.type != "plan" and (led is None or x.type in _HOSTED)]
        # («… in Tambov on 6–8 November, and … in Voronezh. The delegation to Tambov will be led by …»: the one
        # held where the delegation goes)
        before = next((x for x in earlier if led is not None and e.location and x.location == e.location), None) \
            or next((x for x in earlier if led is not None and not e.location and x.end and _gathering(x)
                     and x.sent.line >= told.line - 1), None) \
            or (earlier[0] if earlier else None)
        # («Дни … стартовали 11 сентября. В тот же день состоялось заседание … Делегацию возглавил …»: the delegation
        # came to the gathering of days, not to one sitting inside it)
        if before is not None and before.sent.line >= told.line - 1:
            e.start, e.end, e.how = before.start, before.end if led else None, "by-sequence"  # (a trip to attend
            # lasts as long as what it attends)


_TODAY_WORDS = re.compile(r"\bсегодня\b|\bсёння\b|\btoday\b")


# a region named again by its kind's noun: «находится в крае», «прибыл в область», «у вобласці», "in the krai"
_REGION_AGAIN = re.compile(r"(?<![\w-])(?:в|во|на|по|у|ў|in|across|around)\s+(?:the\s+)?(кра[еюя]|краі|област[иь]|вобласц[іь]"
                           r"|krai|oblast|region)(?![\w-])(?!\s+[а-яёіў]+(?:ия|ии|ы|ого|ой|ых|ей|ства|ения|ання|ання|і|ай|аў)\b)")
# (but «в области охраны здоровья», «у вобласці адукацыі», "in the region of": a field, a word in the genitive after)
_REGION_NOUN = {"кра": "край", "об": "область", "во": "область", "kr": "край", "ob": "область", "re": ""}


def _region_pointed_at(c: Cand, sents: list[Sentence]) -> str | None:
    """«Посол …, который находится в крае с рабочим визитом» after «Губернатор Хабаровского края»: the region the
    event's sentence points back at by its kind's noun is the one region of that kind the text names (GUIDE §6:
    the region where no town is named), whoever's office named it."""
    got = next((m for x in c.sources if (m := _REGION_AGAIN.search(x.low))), None)
    if got is None:
        return None
    noun = _REGION_NOUN.get(got.group(1)[:2], "")
    named = {p for x in sents if x.start <= c.sent.start for p in named_parties(x.text)
             if p.endswith((" край", " область")) and (not noun or p.endswith(noun))}
    return named.pop() if len(named) == 1 else None


def _the_day_the_lead_reports(events: list[Cand], sents: list[Sentence], mentions: Sequence[Mention]) -> None:
    """«23 мая … состоялся совместный проект – гостиная дружбы … Началась встреча с экскурса по Дворцу культуры»: where
    the lead tells a happening on one day and names no event the calendar keeps, what the text then tells with no day
    of its own is of that day, not of the report's (GUIDE §5: the publication day only where the text puts it there)."""
    lead = next((s for s in sents if not s.headline), None)
    if lead is None or not any(e.how == "default" for e in events) or any(e.explicit for e in events):
        return
    days = [m for m in mentions if lead.start <= m.start < lead.end and len(m.value) == 10 and m.value[:4].isdigit()]
    if len(days) != 1 or not _HELD_ITSELF.search(lead.low):  # («состоялся», «адбыўся», "was held" on that day)
        return
    for e in events:
        if e.how == "default" and e.type not in ("plan", "agreement") and not e.recurrence:
            e.start, e.end, e.how = days[0].value, None, "by-lead"


def _one_day_acts(events: list[Cand], pub: str | None, sents: list[Sentence]) -> list[Cand]:
    """A signing, a ceremony or talks are acts of one day: one that took the span of days of a trip its sentence names
    («вянкі … ўсклала дэлегацыя, якая знаходзіцца ў Пецярбургу з 26 па 28 студзеня», "signed … during the visit on 13-15
    November") is of the day inside the span its text points at — the day of the event told before where it says
    "on the same day", the report's day where it is the wire dateline's lead or says "today", or where the headline
    names it on the report's day («29 января 2020 года / Встреча с губернатором …»: one event, GUIDE §3, §5)."""
    gone: set[int] = set()
    for c in events:
        talks = c.type == "meeting" and kind(c) == "meeting" and any(w in x.low for x in c.sources for w in TRIP_NOUNS)
        if not (c.type == "agreement" or _ceremony(c) or talks) or not c.start or not c.end or c.start == c.end \
                or len(c.start) != 10 or len(c.end) != 10:
            continue
        day = None
        if any(THAT_DAY.search(x.low) for x in c.sources):  # «в этот же день», «у гэты ж дзень», "on the same day"
            day = next((e.start for e in reversed(events) if e is not c and e.pos < c.pos and e.explicit and e.start
                        and len(e.start) == 10 and e.end is None and c.start <= e.start <= c.end), None)
            if day is None and pub and len(pub) == 10 and c.start <= pub <= c.end \
                    and any(_TODAY_WORDS.search(x.low) for x in sents if x.end <= c.sent.start):
                day = pub  # ("Today a memorial action was held … On the same day …": the day told before is today)
        if day is None and pub and len(pub) == 10 and c.start <= pub <= c.end \
                and any(_dateline_of(x.text) or _TODAY_WORDS.search(x.low) or x.headline for x in c.sources):
            day = pub
        twin = next((e for e in events if e is not c and id(e) not in gone and e.type == c.type and e.start == pub
                     and (e.sent.headline or e.how == "default" and e.pos < c.pos) and kind(e) == kind(c)), None) \
            if day is None and pub and len(pub) == 10 and c.start <= pub <= c.end else None
        # (the headline may come read with the site's menu above it, as an undated mention of the report's day)
        if twin is not None:
            day = pub
            gone.add(id(twin))
            _absorb(c, twin)
        if day is not None:
            c.start, c.end = day, None
        elif talks:  # «встретился с послом, который находится в крае с рабочим визитом с 22 по 24 октября»: talks
            # during a trip of days, no day of their own: the finest unit holding the trip's span (GUIDE §5)
            c.start, c.end = _holding(c.start, c.end), None
    return [e for e in events if id(e) not in gone]



def _signings_have_no_end(events: list[Cand]) -> None:
    """A signing is one act: one that borrowed a span of days (a forum's, a visit's) keeps its first day, the finest
    date the span allows, and no end."""
    for c in events:
        if c.type == "agreement" and c.start and c.end and c.how != "mention":
            c.end = None


# a sitting of a body named after it: «заседание Молодежной комиссии», "the meeting of the business councils"
_BODY_AFTER = re.compile(r"\w+(?:\s+\S+){0,4}?\s+(?:\S+\s+)?(?:комисси|совет|групп|коллеги|комитет|камісі|савет|груп"
                         r"|калегі|камітэт|commission|council|group|board|committee)")


def _greetings_only(cands: list[Cand]) -> list[Cand]:
    """An anniversary a greeting names («направил поздравление … по случаю 75-летия Курской битвы») is an event only
    where the text marks it too (a ceremony, a concert, a day observed): greetings as such are none (GUIDE §2)."""
    if not any(c.greeting for c in cands) or any(c.type == "commemoration" and not c.greeting for c in cands):
        return cands
    return [c for c in cands if not c.greeting]


def _holding(start: str, end: str | None) -> str:
    """The finest unit that holds a span: its day, else the month or year both ends share, else its first day."""
    if end is None:
        return start
    same = next((n for n in (7, 4) if start[:n] == end[:n]), 0)
    return start[:same] if same else start


_PROGRAMME = re.compile(r"\b(?:программ|праграм|programme|program)\w*")
_OPENS = re.compile(r"\b(?:начн\w+|начина\w+|откро\w+|открыва\w+|пачн\w+|адкры\w+|opens?|begins?|starts?)\b")


def _date_parts_by_their_sentence(events: list[Cand]) -> None:
    """«Визит … начнется с возложения венков»: an undated programme item takes the day of the dated visit, festival
    or forum its own sentence names — the first day where the sentence says it opens, else the finest unit holding
    the container's span (GUIDE §5)."""
    for e in events:
        if e.start is not None or _PROGRAMME.search(e.sent.low):
            continue  # «В программе визита — встречи и переговоры»: a programme's list dates nothing (GUIDE §3)
        box = next((x for x in events if x is not e and (x.type == "visit" or _gathering(x)) and x.start
                    and any(s is e.sent for s in x.sources)), None)
        if box is None or box.start is None or box.type == "visit" and _gathering(e):
            continue  # («делегация … примет участие в Форуме»: the trip is made to attend the forum, dates it not)
        e.start = box.start if _OPENS.search(e.sent.low) else _holding(box.start, box.end)
        if e.how == "future" and box.type == "visit" and not box.end and PURPOSE.search(e.sent.low):
            e.start = box.start[:4]  # «Главная цель поездки — проведение заседания»: what the trip is for, on a
            # day the text does not give (GUIDE §5: only the container's start known, the year)
        if box.type == "visit" and not box.end and e.how == "future" and _ARRIVED.search(box.sent.low):
            e.start = box.start[:4]  # «26 июня делегация прибыла … Представители подпишут соглашения»: only the
            # trip's first day is known, so a part still to come is dated by the year (GUIDE §5)
        e.how = "by-container"


def _gathering(c: Cand) -> bool:
    """A festival, a fair or a forum: what a delegation travels to."""
    return c.type in ("festival", "fair") or c.type == "meeting" and c.sent.low.startswith(
        ("форум", "forum"), c.pos - c.sent.start)


# a trip told in a participle or relative clause of what its subject did there: «министр, прибывший в Казань, …»,
# «які прыбыў у Казань», "who arrived in Kazan"
_ARRIVED_ASIDE = re.compile(r"(?:прибывш|приехавш|прыбыўш|прыехаўш)\w*|(?:котор|як)(?:ый|ая|ые|і|ая|ія)\s+(?:\S+\s+)?"
                            r"(?:прибыл|приехал|прыбыў|прыехаў|прыбыл|прыехал)\w*|\bwho\s+(?:had\s+)?(?:arrived|came)\b")


def _arrived_aside(v: Cand, events: list[Cand]) -> bool:
    """A visit told aside («…, прибывший в Казань во главе делегации, 15 сентября провёл переговоры») whose day is that
    of talks its sentence tells after it: the day dates the talks, not the trip."""
    at = v.pos - v.sent.start
    return bool(_ARRIVED_ASIDE.search(v.sent.low, max(0, at - 60), at + 20)) and any(
        m.type == "meeting" and m.sent is v.sent and m.pos > v.pos and m.start == v.start for m in events)


def _date_visits_by_hosted(events: list[Cand]) -> None:
    """«Визит минской делегации в российскую столицу начнется с …» with no date of its own, in a release on «Дни
    Минска в Москве пройдут 10-11 октября»: a visit made to attend an event is dated like it (GUIDE §5)."""
    for v in events:
        if v.type == "visit" and (v.how == "live" or v.how == "mention" and not v.end and _arrived_aside(v, events)) \
                and v.start and v.location:
            # («Министр, прибывший в Казань во главе делегации, 15 сентября провёл переговоры» during the Days of
            # 14–17 September there: the day is the talks', the trip is the one the Days give)
            # «Кухарев, который находится с визитом в Москве в связи с Днями Минска» told on a day of the Days
            # (18–21 September) in Moscow: the stay is the one the festival gives, not the day of the report
            box = next((e for e in events if _gathering(e) and e.explicit and e.start and e.end and e.location
                        == v.location and len(e.start) == len(e.end) == len(v.start) and e.start <= v.start <= e.end),
                       None)
            if box is not None:
                v.start, v.end, v.how = box.start, box.end, "by-event"
            continue
        if v.type != "visit" or v.explicit:
            continue
        box = next((e for e in events if _gathering(e) and e.explicit and e.start and e.location
                    and (e.location == v.location or country_of(e.location) == v.location)), None) \
            if v.location else None
        if box is None:  # «приняла участие в торжествах, посвященных Дню единения»: the day it came for
            box = next((e for e in events if e.type == "commemoration" and e.explicit and e.start
                        and (e.recurrence or e.base) and any(x is y for x in e.sources for y in v.sources)
                        and _took_part(" ".join(x.low for x in v.sources))), None)
        if box is None and (took := _took_part(" ".join(x.low for x in v.sources))):
            # «В открытии концерта примет участие делегация»: the event named where it takes part, dated elsewhere
            where = " ".join(x.low for x in v.sources)[max(0, took[0] - 60): took[1] + 60]
            box = next((e for e in events if e.type in (*_HOSTED, "other") and e.explicit and e.start and e is not v
                        and (cue := e.sent.low[e.pos - e.sent.start:][:6]).isalpha() and len(cue) >= 5
                        and cue in where), None)
        if box is not None:
            v.start, v.end, v.how = box.start, box.end, "by-event"


def _month_of_a_visit_by_the_guests_day(events: list[Cand]) -> None:
    """«В год 80-летия Великой Победы делегация Брянской области вновь приехала в Гомель. 8 мая гости возложили
    венки …»: a visit the text dates only by its year, whose guests the next sentences show busy on a day of that
    year, was made in that month (the finest unit that surely holds it: the day was one of its days)."""
    for v in events:
        if v.type != "visit" or not v.start or len(v.start) != 4 or v.end:
            continue
        day = next((e for e in events if e is not v and e.explicit and e.start and len(e.start) == 10
                    and e.start[:4] == v.start[:4] and 0 < e.sent.start - v.sent.end < 300
                    and e.sent.line - v.sent.line <= 1
                    and any(w in e.sent.low for w in _GUESTS_TOLD)), None)
        if day is not None and day.start:
            v.start, v.how = day.start[:7], "by-guests"


_NUMBERS = {"один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4, "пять": 5,
            "пяти": 5, "шесть": 6, "семь": 7, "неделю": 7, "тры": 3, "чатыры": 4, "one": 1, "two": 2, "three": 3,
            "four": 4, "five": 5, "six": 6, "seven": 7, "a week": 7, "трёх": 3}
_DURATION = WordRegex(r"\b(?:продлится|продлятся|продолжится|будет работать|будут работать|займет|займут|зойме|зоймуць"
                      r"|will take|пройдет в течение"
                      # a programme made for its days: «Программа визита рассчитана на три дня», «разлічана на», "is
                      # designed for three days"
                      r"|рассчитан\w*\s+на|разлічан\w*\s+на|(?:is|was)\s+designed\s+for"
                      r"|работать будет|працягнецца|будзе працаваць|will last|lasts|runs for|will run for"
                      # told after it: «Ярмарка работала четыре дня», «длился три дня», «працавала», "lasted three days"
                      r"|работала|работал|длился|длилась|продолжался|продолжалась|працавала|працаваў|доўжыўся"
                      r"|доўжылася|lasted|ran for"
                      # … and held for its days: «форум, проходивший три дня», «праходзіў тры дні», "was held for three days"
                      r"|проходивш\w*|проходил|проходила|праходзіў|праходзіла|was held for|were held for"
                      # the days guests spent: «делегация провела три дня», «пробыла», «правяла», "spent three days"
                      r"|провела|провели|пробыла|пробыли|правяла|правялі|прабыла|прабылі|spent|will spend"
                      # arrived for its days: «прибыла в Могилёв 19 апреля на два дня», "arrived … for two days"
                      r"|(?:прибыл|приехал|прыбыл|прыехал|arrived|came)\w*\s+(?:[^.;!?\s]+\s+){0,5}?(?:на|for)"
                      r"(?=\s+\S+\s+(?:дня|дней|суток|дні|дзён|days)\b(?!\s+(?:раньше|позже|позднее|earlier|later))))\s+"
                      r"(\d{1,2}|один|одного|два|двух|три|трех|четыре|четырех|пять|пяти|шесть|семь|неделю|тры|чатыры"
                      r"|one|two|three|four|five|six|seven|a week)\s*(дн\w*|сут\w*|days?|дз[её]н|дні)?")


# «за три дня форума», «за тры дні форуму», "over the three days of the forum": the days an event lasts, as a frame
_DAYS_OF = re.compile(r"\b(?:за|в течение|на протяжении|праз|on|over|during|in)\s+(?:the\s+|все\s+|усе\s+|all\s+)?"
                      r"(\d{1,2}|два|двух|три|трех|трёх|четыре|четырех|пять|пяти|тры|чатыры|two|three|four|five)\s+"
                      r"(дн\w*|дні|days)\s+(?:of\s+(?:the\s+)?)?(?:работы\s+)?"
                      r"(форум|фестивал|ярмарк|визит|кірмаш|фестывал|візіт|forum|festival|fair|visit)")
# «трехдневный визит», «двухдневного форума», «трохдзённы візіт», "a three-day visit", "2-day forum": the event's length
# written before its noun (another adjective may stand between: «трехдневный рабочий визит», "two-day official visit")
_DAYS_LONG = re.compile(r"(?:\b(двух|трех|четырех|пяти|шести|семи|двох|трох|чатырох|пяці|шасці|сямі|two|three|four|five"
                        r"|six|seven)|(?<!\d)([2-7])(?:-?х)?)[\s-]?(?:дневн|дзенн|day\b)[\w-]*(?:\s+[\w-]+)?\s*$")
_DAYS_COUNT = {"двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "двох": 2, "трох": 3, "чатырох": 4,
              "пяці": 5, "шасці": 6, "сямі": 7, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_long(e: Cand) -> int | None:
    """The days an event lasts by the adjective before its cue («трехдневный визит»), else None."""
    at = e.pos - e.sent.start
    if not 0 < at <= len(e.sent.low):
        return None
    low = e.sent.low
    if "дневн" not in low and "дзенн" not in low and "day" not in low:  # (the sentence is folded: е for ё)
        return None
    m = _DAYS_LONG.search(low[max(0, at - 40):at])
    if m is None and kind(e) in _KIND_NOUNS:
        # "The delegation is in Vologda on a three-day visit": the adjective before the noun of its kind elsewhere in
        # its sentence
        m = next((d for noun in re.finditer(r"[\w-]+", low) if noun.group().startswith(_KIND_NOUNS[kind(e)])
                  and (d := _DAYS_LONG.search(low[max(0, noun.start() - 40):noun.start()]))), None)
    if m is None:
        return None
    return _DAYS_COUNT[m.group(1)] if m.group(1) else int(m.group(2))


# «На протяжении пяти дней гости …», «Цягам трох дзён дэлегацыя …», "For five days the delegation …": a sentence that
# opens with the days the guests spent (the visit told just before it)
_GUESTS_DAYS = re.compile(r"(?:на протяжении|в течение|цягам|на працягу|for|over|during)\s+(?:the\s+)?"
                          r"(\d{1,2}|два|двух|три|трех|трёх|четыре|четырех|пять|пяти|шесть|семь|тры|чатыры|трох|чатырох"
                          r"|пяці|шасці|сямі|two|three|four|five|six|seven)\s+(дн\w*|дз[её]н|дні|days)\b(?=[^.;!?]*(?:гост|госц|гасц|делегац|дэлегац|представител"
                          r"|прадстаўнік|guests|delegation|representatives|[а-яёіў]{3,}(?:чане|ляне|яне|ичи)\b))")
# («В течение трёх дней витебчане посетят …»: the guests by their town's name)


@lru_cache(maxsize=1024)  # asked for each event a sentence is a source of, in both passes of _ends_from_durations
def _lengths(low: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The length a sentence gives («продлится три дня»), else the days it names as an event's frame («за три дня
    форума»; every match of _DAYS_OF holds «дн» or "days": the pattern, opening with ``\b``, is asked only there)."""
    m = _DURATION.search(low)
    return m, (_DAYS_OF.search(low) if m is None and ("дн" in low or "days" in low) else None)


def _plus_days(day: str, n: int) -> str:
    """The last of ``n`` days from ``day`` (YYYY-MM-DD)."""
    return (date.fromisoformat(day) + timedelta(days=n - 1)).isoformat()


def _guests_days(e: Cand, sents: list[Sentence]) -> int | None:
    """The days a visit lasted, by the sentence after it: «На протяжении пяти дней гости …» (2 to 31), else None."""
    if e.type != "visit" or (then := _sentence_after(e.sources[0] if e.sources else e.sent, sents)) is None \
            or (m := _GUESTS_DAYS.match(then.low)) is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1)) or _DAYS_COUNT[m.group(1)]
    return n if 1 < n <= 31 else None


# the words a festival's own name opens with, a place after them being its guest: «Дни Смоленщины», "Days of …"
_DAYS_NAMED = re.compile(r"(?i:\bдн(?:и|ей|ям|ях|ями)|\bдн[іе]|\bдзён|\bdays\s+of(?:\s+the)?)\s+(?:культуры\s+|culture\s+of\s+)?$")
_CAME_BACK = r"вернул(?:ась|ся|ись)|возвратил(?:ась|ся|ись)|вярнул(?:ася|ся|іся)"  # (and "returned", "came back")
# back from a place: «вярнулася з Тулы», "returned from Tula" (the place, capitalised, as written)
_BACK_FROM_PLACE = re.compile(rf"(?i:{_CAME_BACK}|returned|came back)\s+(?:\S+\s+){{0,3}}?(?i:из|з|from)\s+"
                              r"([А-ЯЁІЎA-Z][\w-]+)")
# a trip's return told with its day: «23 июля из командировки в Кобрин вернулась делегация», «вярнулася з візіту»,
# "returned from a visit to … on 23 July"
_RETURNED_FROM = re.compile(rf"\b(?:{_CAME_BACK}|returned|came back)\s+(?:\S+\s+){{0,4}}?(?:из|з|from)\s"
                            rf"|(?:^|\s)(?:из|з)\s+(?:\S+\s+){{1,6}}?(?:{_CAME_BACK})\b")


def _returned_on(events: list[Cand]) -> None:
    """The day a delegation came back from a trip is the trip's last day, its first unknown but for the year (GUIDE §5:
    an end where the last day is stated)."""
    for c in events:
        if c.type == "visit" and c.how == "mention" and c.start and len(c.start) == 10 and not c.end \
                and c.start[:4].isdigit() and len(c.sources) == 1 and _RETURNED_FROM.search(c.sent.low):
            c.start, c.end = c.start[:4], c.start


def _ends_from_durations(events: list[Cand], sents: list[Sentence]) -> None:
    """«откроется 2 апреля и продлится три дня», «начался трехдневный визит»: the last day is the first plus the days
    less one (GUIDE §5)."""
    for e in events:
        if e.end or not e.start or len(e.start) != 10:
            continue
        if not e.start[:4].isdigit():  # a day of an unknown year: the days counted within that year
            if e.start[5:] != "02-29" and (n := _guests_days(e, sents) or _days_long(e) or _length_told(e, sents)) \
                    and (last := _plus_days("2001" + e.start[4:], n))[:4] == "2001":
                e.end = "XXXX" + last[4:]  # (2001: no 29 February to miscount; a span into the next year is none)
            continue
        if n := _days_long(e) or _guests_days(e, sents) or _length_told(e, sents):
            at = e.pos - e.sent.start
            if e.how == "mention" and any(w in e.sent.low[max(0, at - 40): at + 40] for w in _ENDED) \
                    and not _STARTED.search(e.sent.low):
                # «Позавчера в Слониме завершился форум, проходивший три дня»: the day told is its last (GUIDE §5:
                # arithmetic on stated dates)
                e.start, e.end = _plus_days(e.start, 2 - n), e.start  # (the first of n days ending on it)
            else:
                e.end = _plus_days(e.start, n)


# the close of a gathering or a trip, or how long it runs: «закрытие — 11 июня», «Урачыстае закрыццё адбылося 11
# чэрвеня», "A closing ceremony … will be held on 11 June", «визит, который завершится 21 января», «продлится до
# воскресенья», «Яна працягнецца да нядзелі»
_CLOSES = re.compile(r"(?:закрыти|закрыцц|закрыл\w*с[яь]|закры(?:ўся|лася|ліся|ецца|юцца)|закро\w*с[яь]|closing|заверш\w*с[яь]|заверш\w*цца|завяршы\w*|закончит\w*|закончи\w*с[яь]|will close|closes|will end"
                     r"|ends\b|ended\b|closed\b|продл[ия]т\w*|продолж[иа]т\w*|будет работать|будут работать|прац[яе]гн\w*|будзе працаваць"
                     r"|будуць працаваць|will last|will run|runs)")  # («Дни … продлятся», «ярмарки будут работать»: plural too)


_ENDED = ("заверш", "завяршы", "закры", "закро", "законч", "ended", "closed", "ends")  # a verb of ending (not «продлится»)
_STARTED = re.compile(r"откры|адкры|стартова|начал|пачаў|пачал|opened|started|began")  # (its first day is told too)


def _ends_from_closings(events: list[Cand], sents: list[Sentence], ms: list[Mention]) -> None:
    """The last day a sentence of a gathering or trip — or the one right after it, on a pronoun or its own noun —
    gives for its close («открытие 9 июня, а закрытие — 11 июня», «Яна працягнецца да нядзелі»): its end (after its
    first day, within two months)."""
    for e in events:
        if not e.start or len(e.start) != 10 or not e.start[:4].isdigit() or kind(e) not in _LASTING:
            continue
        n = _days_long(e) or _length_told(e, sents)
        firm = bool(e.end) and not (n and e.end == _plus_days(e.start, n))  # (an end counted from a length may still
        # yield to the close the text gives; any other only to a later close its own sentences name: "is taking part"
        # today, then "opened on 10 June and will close on 13 June")
        if firm and not any(_CLOSES.search(x.low) for x in e.sources):
            continue
        after = _sentence_after(e.sources[-1], sents) if e.sources else None
        again = _NAMED_AGAIN.match(after.low) if after is not None else None
        look = [*e.sources, *((after,) if after is not None and not firm
                               and (_PRONOUN.match(after.low) or _CLOSING_FIRST.match(after.low)
                                    or again is not None and again.group(1)[:4] in e.sent.low) else ())]
        if not firm and e.sources \
                and (i := bisect.bisect_right(sents, e.sources[-1].start, key=lambda x: x.start)) < len(sents):
            # «Дни Беларуси … стартовали 11 сентября. … Завершились Дни в воскресенье»: a later sentence of the
            # passage that opens on its close and names it again
            look += [x for x in sents[i + 1:i + 6] if x.line - e.sources[-1].line <= 2 and _CLOSES.search(x.low, 0, 40)
                     and _NAMED_AGAIN.match(x.low) is not None and _names_its_kind(x, e)]
        for x in look:
            close = _CLOSES.search(x.low)
            if close is None:
                continue
            i = bisect.bisect_left(ms, x.start + close.start(), key=lambda m: m.start)
            day = next((m for m in ms[i:] if m.start < x.end and len(m.value) == 10 and "/" not in m.value
                        and m.value[:4].isdigit()), None)
            if day is None and i > 0 and close.group().startswith(_ENDED) and ms[i - 1].start >= x.start \
                    and len(ms[i - 1].value) == 10 \
                    and "/" not in ms[i - 1].value and ms[i - 1].value[:4].isdigit() \
                    and not CLAUSE_MARK.search(x.low, ms[i - 1].end - x.start, close.start()):
                day = ms[i - 1]  # «Позавчера в Слониме завершился трёхдневный форум»: the day told before the verb
            if day is not None and e.start < day.value and not (firm and e.end and day.value <= e.end) \
                    and (date.fromisoformat(day.value) - date.fromisoformat(e.start)).days <= 62:
                e.end = day.value
                break
            if day is not None and day.value == e.start and n and not firm:
                # «находится в Вологде с трёхдневным визитом, который завершится сегодня»: told on its last day, the
                # trip began its days before
                e.start, e.end = (date.fromisoformat(day.value) - timedelta(days=n - 1)).isoformat(), day.value
                break


def _ends_from_the_days_told(events: list[Cand], sents: list[Sentence], ms: list[Mention]) -> None:
    """«12 мая делегация прибыла в Гомель. 13 мая гости посетили «Гомсельмаш». 14 мая состоялись переговоры …»: a
    visit whose programme the passage tells day by day lasts to the last of those days (within a week of its first,
    in sentences that go on about the guests or date a part of the trip; GUIDE §5, a container dated from its
    parts). The telling stops at a sentence set apart («Ранее …») or at another trip or gathering of days."""
    lasting = [x for x in events if kind(x) in _LASTING]
    parts = {(id(x.sent), x.start) for x in events if x.type in ("meeting", "agreement", "commemoration")}
    for v in events:
        if v.type != "visit" or v.end or not v.start or len(v.start) != 10 or not v.start[:4].isdigit() \
                or not v.sources:
            continue
        first = date.fromisoformat(v.start)
        told = clause_tense(v.sent.low, v.pos - v.sent.start, v.pos - v.sent.start + 1)
        others = {id(x.sent) for x in lasting if x is not v and x.sent is not v.sent}
        i = bisect.bisect_right(sents, v.sources[-1].start, key=lambda x: x.start)
        last = None
        for x in sents[i:i + 8]:
            if id(x) in others or _EARLIER_AT.match(x.low):
                break
            if told != "future" and announces(x.low):
                continue  # (a reported trip, then what is planned: «Следующая встреча запланирована на 15 мая»)
            j = bisect.bisect_left(ms, x.start, key=lambda m: m.start)
            for m in ms[j:]:
                if m.start >= x.end:
                    break
                if len(m.value) != 10 or "/" in m.value or not m.value[:4].isdigit():
                    continue
                gap = (date.fromisoformat(m.value) - first).days
                if 0 < gap <= 6 and ((id(x), m.value) in parts or any(w in x.low for w in _GUESTS_TOLD)) \
                        and clause_tense(x.low, m.start - x.start, m.end - x.start) not in _OTHER_TENSE.get(told or "", ()):
                    # (told as the trip is: a reported trip's days are reported, an announced one's announced)
                    last = max(last or m.value, m.value)
        if last is not None:
            v.end = last


# a tense that tells another occasion than the trip's
_OTHER_TENSE: dict[str, tuple[str, ...]] = {"past": ("future",), "future": ("past",)}
_GUESTS_TOLD = ("гост", "госц", "гасц", "делегац", "дэлегац", "guests", "delegation", "визит", "візіт", "visit")


# a trip or gathering named and closed at once: "The visit will end on …", «Визит завершится …», «Форум закроется …»
_CLOSE_AFTER = re.compile(r"\w+\s+(?:\S+\s+){0,2}?(?:will\s+end|ends|ended|will\s+close|closes|closed|заверш\w+|закро\w+"
                          r"|закрыл\w*|завяршы\w+|скончыц\w*|закончит\w*|закончил\w*)\b")
# a sentence that opens on a close: «Урачыстае закрыццё адбылося 11 чэрвеня», "A closing ceremony … on 11 June"
_CLOSING_FIRST = re.compile(r"(?:\S+\s+){0,3}?(?:закрыти|закрыцц|closing)")
# a sentence that opens on the event's own noun: «Фестиваль продлится до воскресенья», «Праздник продлится …»
_NAMED_AGAIN = re.compile(r"(?:\S+\s+){0,2}?(фестив\w+|фестыв\w+|festival|праздн\w+|свят\w+|ярмарк\w+|кірмаш\w*|fair|форум\w*"
                          r"|forum|визит\w*|візіт\w*|visit|поездк\w+|паездк\w+|trip|выставк\w+|выстав\w+|дни|дні|days)\b")


# the nouns a gathering or trip is named again by, whatever its first name: «Дни культуры … Праздник продлится пять
# дней», «ІТ-форум … Форум працягнецца тры дні»
_KIND_NOUNS = {"festival": ("фестив", "фестыв", "festival", "праздн", "свят", "дни", "дні", "days", "celebration"),
               "fair": ("ярмарк", "кірмаш", "fair", "выставк", "выстав", "exhibition"),
               "forum": ("форум", "forum"),
               "visit": ("визит", "візіт", "visit", "поездк", "паездк", "trip")}


_ADJECTIVE_END = re.compile(r"(?:ск|цк)(?:ая|ий|ое|ие|і|ае|ія)$", re.I)


def _names_its_kind(s: Sentence, e: Cand) -> bool:
    """Does sentence ``s`` open (within its first three words, five after "the") on a noun of ``e``'s kind — and not on another
    town's («Смоленская выставка-ярмарка продлится …» is not the fair in Mogilev)?"""
    words = s.low.split()[:5 if s.low.startswith("the ") else 3]  # ("The programme of the visit is designed for …")
    if not any(w.startswith(_KIND_NOUNS.get(kind(e), ())) for w in words):
        return False
    town = (next((t for _, t in places_in(s.text[:40])), None)
            or next((t for w in s.text.split()[:2] if _ADJECTIVE_END.search(w) and (t := town_of_adjective(w))), None)) \
        if e.location else None
    return town is None or town == e.location or e.location in COUNTRIES


def _length_told(e: Cand, sents: list[Sentence] | None = None) -> int | None:
    """The days a sentence of the event gives it («продлится три дня»; «за три дня форума», "over the three days of
    the forum": the forum's length), or the sentence right after it that opens on a pronoun for it («Он продлится
    три дня», "It will last three days"), two to 31."""
    # (the sentence after any of its sentences: «БРЕСТ, 14 мая – Форум … открылся. Он продлится два дня. На полях
    # форума …» is one forum told in three)
    afters = [a for x in e.sources if (a := _sentence_after(x, sents)) is not None and a not in e.sources] \
        if sents and kind(e) in _LASTING else []
    for s in (*e.sources, *(a for a in afters if _PRONOUN.match(a.low) or _names_its_kind(a, e))):
        m, of = _lengths(s.low)
        if m is None and of is not None and _CONTAINER_TYPE.get(of.group(3)) == e.type:
            m = of
        if m is None or not (m.group(2) or m.group(1) in ("неделю", "a week")):
            continue
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        return n if 1 < n <= 31 else None
    return None


_FESTIVAL_FAIR = re.compile(r"(?:фестивал|фестывал|festival)\w*-$")


_FORUM_NAMED = re.compile(r"[\w-]*(?:\s+[\w-]+){0,5}?\s*[«\"“]([^»\"”]{2,60})")


def _one_gathering_by_name(events: list[Cand]) -> list[Cand]:
    """«посетила первый туристический форум городов-побратимов «Могилев гостеприимный» … В фестивале «Могилев
    гостеприимный» приняли участие 13 городов»: a forum and a festival of one name are one gathering, the festival
    (GUIDE §4: the decision list puts festival before meeting)."""
    festivals = [(name, c) for c in events if c.type == "festival" and (name := _gathering_name(c))]
    if not festivals:
        return events
    out = []
    for c in events:
        names = {m.group(1)[:6] for x in (c, *c.merged) if x.type == "meeting"
                 and (m := _FORUM_NAMED.match(x.sent.low, x.pos - x.sent.start))} if kind(c) == "forum" else set()
        same = next((f for name, f in festivals if name in names
                     and (not c.start or not f.start or c.start[:4] == f.start[:4])), None)
        if same is not None:
            _absorb(same, c)
            continue
        out.append(c)
    return out


def _one_festival_fair(events: list[Cand]) -> list[Cand]:
    """«посетит фестиваль-ярмарку «Дожинки» … На фестивале будут чествовать …»: the festival the text goes on
    about, with no date of its own, is the festival-fair (a fair, GUIDE §4), not a second event."""
    fair = next((c for c in events if c.type == "fair" and _FESTIVAL_FAIR.search(c.sent.low, 0, c.pos - c.sent.start)),
                None)
    if fair is None:
        return events
    out = []
    for c in events:
        if c.type == "festival" and c.how in ("default", "future", "by-type", "inherited") and not c.sent.headline:
            _absorb(fair, c)
            continue
        out.append(c)
    return out


_DAYS_CUE = ("дни ", "дней ", "днях ", "дням ", "днями ", "дні ", "дзен ", "days of ", "city days")


def _fairs_in_days(events: list[Cand]) -> list[Cand]:
    """«Дни Минска проходят в Москве с 18 по 21 сентября …, на Тверской площади развернута выставка-ярмарка»: a
    fair held in the Days, in their sentence and within their span, or a fair or forum the text names after them with
    no date of its own, is a programme item of the festival (GUIDE §3: the «Дни …» are one event), no record of its
    own."""
    days = [e for e in events if e.type == "festival" and e.start
            and e.sent.low.startswith(_DAYS_CUE, e.pos - e.sent.start)]
    if not days:
        return events

    def inside(f: Cand, d: Cand) -> bool:
        if not any(x is y for x in f.sources for y in d.sources) or f.location not in (None, d.location):
            return False
        first, last = d.start or "", d.end or ""
        return not f.start or f.start == first or bool(last) and len(f.start) == len(first) \
            and first <= f.start <= last and (not f.end or f.end <= last)

    def after(f: Cand, d: Cand) -> bool:
        """A fair or forum the text goes on to without a date of its own, where and when the Days are ("The ceremony
        took place during the Minsk City Days … The capital showcased its potential at the business forum. Minsk
        companies took part in a fair of goods")."""
        return f.how != "mention" and f.pos > d.pos and f.location in (None, d.location) \
            and (not f.start or f.start == d.start or f.start == (d.start or "")[:len(f.start)]) \
            and not (kind(f) == "forum" and _HELD_ITSELF.search(f.sent.low))  # («После этого прошел бизнес-форум»:
        # a forum told as a happening of its own, GUIDE §4.7)

    out = []
    for c in events:
        d = next((d for d in days if inside(c, d) or after(c, d)), None) \
            if c.type == "fair" or c.type == "meeting" and kind(c) == "forum" else None
        if d is not None:
            _absorb(d, c)
            continue
        out.append(c)
    return out


_HELD_ITSELF = re.compile(r"\b(?:прош(?:ел|ёл|ла|ли)|состоял\w*|прайш(?:оў|ла|лі)|адбы(?:ўся|лася|ліся)|was held|took place"
                          r"|were held|opened|открыл\w*|адкры(?:ўся|лася))\b")


def _one_visit_per_destination(events: list[Cand]) -> list[Cand]:
    """A visit the text does not date of its own (a later mention, a programme) to the place a dated visit of
    the document went is that visit (GUIDE §3: one record per real-world event)."""
    dated = [c for c in events if c.type == "visit" and (c.explicit or c.end) and c.location]
    spans = [(d, d.start, d.end) for d in dated if d.start and d.end and len(d.start) == len(d.end) == 10]
    out: list[Cand] = []
    for c in events:  # (a visit whose days its duration gives is dated too: «Рабочая поездка продлится два дня»)
        if c.type == "visit" and not c.explicit and not c.end and c.location and not set_apart(c):
            # (but «Ранее тульская делегация … в Могилеве»: an earlier trip there, not this one)
            twin = next((d for d in dated if d is not c and d.location == c.location and _compatible(d, c)), None)
            if twin is not None:
                _absorb(twin, c)
                continue
        if c.type == "visit" and c.explicit and not c.end and c.location and c.start and len(c.start) == 10:
            # «19 сентября делегация прибыла в Сертолово … 20 сентября делегация приняла участие в акции»: a day
            # inside the days of a visit to the same place is a day of that visit
            day = c.start
            whole = next((d for d, first, last in spans if d is not c and d.location == c.location
                          and first[:4] == day[:4] and (first < day or _refers(c)) and day <= last
                          and _compatible(d, c)), None)  # (or its first day, named as the frame: «В первый день визита»)
            if whole is not None:
                _absorb(whole, c)
                continue
            if _ARRIVED.search(c.sent.low) and (told := next((
                    d for d in out if d.type == "visit" and d.location == c.location and d.start and len(d.start) == 10
                    and d.start[:4].isdigit() and c.start[:4].isdigit() and not d.end
                    and 0 < (date.fromisoformat(d.start) - date.fromisoformat(c.start)).days <= 3
                    and _compatible(d, c)), None)) is not None:
                # «Сегодня делегация возложила венок в Минске. Гости прибыли в белорусскую столицу накануне»: the
                # arrival told after is the same visit's first day
                _absorb(told, c)
                told.start, told.how = c.start, c.how
                continue
        out.append(c)
    return out


# the delegation or the guests told before, named again with nothing of their own: «делегация провела переговоры»,
# «гости посетили завод», «дэлегацыя наведала», "the delegation held talks", "the guests visited"
_THE_DELEGATION_AGAIN = re.compile(r"(?:^|[\s,])(?:делегаци[яиюей]|дэлегацы[яіюй]|гост(?:и|ей|ям)|гасц(?:і|ей|ям)"
                                   r"|the\s+(?:delegation|guests))(?![\w-])")


def _one_trip(events: list[Cand]) -> list[Cand]:
    """«В понедельник в Беларусь прибыла делегация Новосибирской области … Вчера делегация посетила Могилёвскую
    область»: the same delegation's days in one country within a week are one trip, the visit of its first day; so
    are the days of «делегация», "the delegation" named again with no origin, in the same country («На следующий день
    делегация провела переговоры … 5 июня визит завершился»), whose last told end is the trip's."""
    trips: list[tuple[Cand, str, str]] = []  # (visit, origin, country)
    kept: set[int] = set()
    for c in sorted(events, key=lambda e: e.start or "9999"):
        origin = _origin(c) if c.type == "visit" else None
        country = country_of(c.location) if c.location else None
        again = c.type == "visit" and not origin and trips and any(_THE_DELEGATION_AGAIN.search(x.low) for x in c.sources)
        if (origin and country or again) and c.start and len(c.start) == 10 and c.start[:4].isdigit():
            day = date.fromisoformat(c.start)
            same = next((v for v, o, k in reversed(trips) if (country is None or k == country) and (again or o == origin) and v.start
                         and 0 < (day - date.fromisoformat(v.start)).days <= 6 and _traveller(v) == _traveller(c)
                         and (not v.end or c.start <= v.end)), None)
            if same is not None:
                _absorb(same, c)
                if c.end and c.end > (same.end or same.start or ""):  # «5 июня визит завершился»: the trip's last day
                    same.end = c.end
                continue
            if origin and country and not again:
                trips.append((c, origin, country))
        kept.add(id(c))
    return [c for c in events if id(c) in kept]  # (by identity: candidates compare by value, slowly)


# what is done among those who take part in another ceremony: «вместе с участниками митинга», «разам з удзельнікамі
# мітынгу», "together with the participants of the rally"
_WITH_ITS_PARTICIPANTS = re.compile(r"(?:вместе с|разам з|together with)\s+(?:the\s+)?(?:участник|удзельнік|participants)")


# fairs told in the plural as something going on: «Также работали ярмарки», «працавалі кірмашы», "fairs were held"
_FAIRS_WORKED = re.compile(r"\b(?:работали|действовали|проходили|прошли|были организованы|организованы|развернулись"
                           r"|працавалі|дзейнічалі|праходзілі|прайшлі|былі арганізаваны|арганізаваны)\s+(?:\S+\s+)?"
                           r"(?:ярмарки|выставки-ярмарки|кірмашы)\b|\bfairs\s+(?:\S+\s+)?(?:were|operated|worked)\b")


def _fairs_of_a_programme(events: list[Cand]) -> list[Cand]:
    """«Праздник состоялся … Также работали ярмарки, проводились мастер-классы»: fairs in the plural with no date of
    their own, on the day of a festival, forum or Days the text reports, are items of its programme (GUIDE §3), not
    records of their own."""
    holders = [e for e in events if e.type in ("festival", "meeting") and e.start]
    if not holders:
        return events
    return [c for c in events if not (c.type == "fair" and c.how != "mention" and c.start
                                      and _FAIRS_WORKED.search(c.sent.low, max(0, c.pos - c.sent.start - 40))
                                      and any(e.start == c.start for e in holders))]


def _parts_of_a_celebration(events: list[Cand]) -> list[Cand]:
    """«Урачыстасці адбыліся напярэдадні … Потым на плошчы адбыўся святочны канцэрт»: a concert or ceremony with no
    date of its own, held where and when a celebration the text has dated is, is a part of its programme (GUIDE §3),
    not a second record. (A named day or an anniversary is no celebration: the wreaths laid on it stay their own.)"""
    out: list[Cand] = []
    for c in events:
        if c.type == "commemoration" and not (c.recurrence or c.base) and not c.sent.headline \
                and _WITH_ITS_PARTICIPANTS.search(c.sent.low, c.pos - c.sent.start) \
                and (whole := next((e for e in reversed(out) if e.type == "commemoration" and _ceremony(e)
                                    and e.pos < c.pos and e.start), None)) is not None:
            kept = whole.title, whole.sent, whole.pos
            _absorb(whole, c)  # «Смоляне возложили венок к Вечному огню вместе с участниками митинга»: at the rally
            whole.title, whole.sent, whole.pos = kept  # (the rally keeps its name)
            continue
        if c.type == "commemoration" and c.how in ("by-type", "inherited") and not (c.recurrence or c.base) \
                and c.start and c.location:
            whole = next((e for e in out if e.type == "commemoration" and e.how in ("mention", "computed", "live")
                          and _ceremony(e) and e.start == c.start and e.location == c.location and e.pos < c.pos), None) \
                if not _another_like_it(c) else None  # ("a similar rally was held in …": another, not a part)
            # (an anniversary named as such, "the 80th anniversary of its liberation", is no celebration either)
            if whole is not None and ((kw := _ceremony_kind(whole)) and (kc := _ceremony_kind(c)) and kw != kc
                                      or _laid_at_a_memorial(c)):
                whole = None  # a solemn assembly in the theatre and the flowers laid at the monument that day are two
                # ceremonies, as in `_compatible`; and so are the festivities and the wreaths laid at a memorial of its
                # own (GUIDE §3: a ceremony with a venue of its own is reported in its own right)
            if whole is not None:
                _absorb(whole, c)
                continue
        out.append(c)
    return out


# where flowers or wreaths are laid, a memorial of its own: «к Вечному огню», «да помніка», "at the Eternal Flame"
_AT_A_MEMORIAL = re.compile(r"\b(?:к|ко|ля|да|у|at|to)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:вечн\w+ (?:огн|огон)|памятник|мемориал"
                            r"|монумент|обелиск|могил|стел|бюст|помнік|мемарыял|манумент|абеліск|магіл|вечнага агн"
                            r"|eternal flame|monument|memorial|obelisk|grave)")


def _laid_at_a_memorial(c: Cand) -> bool:
    """Flowers or wreaths laid at a memorial, by others than the participants of a ceremony told before («Участники
    возложили цветы …», «вместе с участниками митинга»: the rally's own laying)."""
    return _ceremony_kind(c) == 1 and bool(_AT_A_MEMORIAL.search(c.sent.low, c.pos - c.sent.start)) \
        and not _BY_ITS_PARTICIPANTS.match(c.sent.low) and not _WITH_ITS_PARTICIPANTS.search(c.sent.low)


_BY_ITS_PARTICIPANTS = re.compile(r"(?:\S+\s+){0,2}?(?:участник|удзельнік|participants)")


# festivities named as such: «праздничные мероприятия», «торжества», «святочныя мерапрыемствы», "the celebrations"
_FESTIVITIES = re.compile(r"праздничн|празднован|торжеств|святочн|святкаван|урачыст|festiv|celebrat")


def _festivities(c: Cand) -> bool:
    """A commemoration named as the day's festivities (not «почтили память», which the wreaths laid may say again)."""
    at = c.pos - c.sent.start
    return bool(_FESTIVITIES.match(c.sent.low, at) or _FESTIVITIES.search(c.sent.low, max(0, at - 20), at + 3))


def _one_record_per_day(events: list[Cand]) -> list[Cand]:
    """A day observed every year is one record per document (GUIDE §5), however often the text names it."""
    seen: set[str] = set()
    out = []
    for c in events:
        if c.recurrence == "yearly" and c.title:
            if c.title in seen:
                continue
            seen.add(c.title)
        out.append(c)
    return out


def _paragraph_town(c: Cand, sents: list[Sentence]) -> str | None:
    """"Delegates gathered in Brest. The forum opened on 20 June.": the one town the paragraph's other sentences
    name as a place where something is (not a country, not where a delegation came from) is the venue of an event
    whose own sentence names none (GUIDE §6: the city when any sentence of the passage names it)."""
    towns = {p for x in sents if x.line == c.sent.line and x is not c.sent
             for at, p in places_in(x.text) if p not in COUNTRIES and not p.endswith((" область", " район", " край"))
             and not _FROM_BEFORE.search(x.text, max(0, at - 6), at)}
    if len(towns) != 1:
        return None
    town = towns.pop()
    return None if c.type == "visit" and _goes_home(c, town) else town


_FROM_BEFORE = re.compile(r"(?:\bиз|\bс|\bот|\bз|\bfrom)\s+$", re.I)


def _goes_home(c: Cand, place: str) -> bool:
    """Would a visit to ``place`` take the delegation of its sentences home («псковская делегация» to Pskov)?"""
    origin = _origin(c)
    return origin is not None and party_of_place(place) == origin


def _origin(c: Cand) -> str | None:
    """The party the delegation of an event's sentences comes from («псковская делегация» → Псковская область)."""
    return next((o for x in c.sources if (o := delegation_origin(x.text))), None)


def _destinations(events: list[Cand], lead: Sides) -> None:
    """A visit whose sentences name no venue went to the other side of its delegation («делегация Пензенской
    области прибыла с визитом» → Беларусь), and the undated-place events of its day happened there too."""
    for c in events:
        if c.type != "visit" or c.location is not None:
            continue
        origin = _origin(c)
        if origin:
            c.location = destination(origin, parties_of([x.text for x in c.sources], None, lead))
    for c in events:
        if c.location is None and c.start and c.type != "plan" and not c.recurrence:
            c.location = next((v.location for v in events if v.type == "visit" and v.start == c.start and v.location),
                              None)


_TAKES_PART = WordRegex(TAKES_PART)


@lru_cache(maxsize=4096)  # asked of a sentence for each event it holds
def _took_part(low: str) -> tuple[int, int] | None:
    """Where (the span of) the first «принял участие», "took part" … of ``low`` stands, or None."""
    m = _TAKES_PART.search(low)
    return (m.start(), m.end()) if m else None


_HOSTED = ("meeting", "fair", "festival", "commemoration")


_EVENT_NOUNS = {"festival": ("праздник", "фестивал", "свят", "фестывал", "festival", "holiday", "celebration"),
                "fair": ("ярмарк", "кірмаш", "fair"), "meeting": ("форум", "forum", "конференц", "канферэнц", "conference")}


def _visits_where_their_event_is(events: list[Cand]) -> None:
    """«Делегация Брянской области приняла участие в празднике … в Могилёвской области» over «праздник … состоялся в
    агрогородке Александрия»: a delegation's visit told as its taking part in an event goes where the event was, the
    town the text names within the region (GUIDE §6: the city when any sentence of the passage names it)."""
    for v in events:
        took = [x.low for x in v.sources if _took_part(x.low)] if v.type == "visit" and v.location else []
        if not took or v.location is None:
            continue
        e = next((e for e in events if e.type in _HOSTED and e.location and e.location != v.location
                  and e.start == v.start and _took_part_in(v, took, e, events) and _lies_within(v.location, e)), None)
        if e is not None:
            v.location = e.location


def _took_part_in(v: Cand, took: list[str], e: Cand, events: list[Cand]) -> bool:
    """The visit's own sentence (``took``: those that say it took part) tells the event, or names the one event of its
    kind on its day."""
    told = {id(x) for x in v.sources}
    return any(id(x) in told for x in e.sources) or any(w in low for low in took for w in _EVENT_NOUNS.get(e.type, ())) \
        and sum(1 for o in events if o.type == e.type and o.start == e.start) == 1


def _lies_within(region: str, e: Cand) -> bool:
    """The event's place lies in ``region`` (a village the gazetteer lacks: the event's sentence names the region)."""
    place = e.location or ""
    return holds(region, place) or region_of(place) is None and any(fold(region)[:5] in fold(x.text) for x in e.sources)
_OFFICE_BEFORE = re.compile(rf"(?<![\w-])(?:{ROLES})[^.;:!?]*$", re.I)


_REGION_ADJ_BEFORE = re.compile(r"(?<![\w-])(?:([А-ЯЁІЎ][а-яёіў]+(?:ский|ской|скі|цкий|цкі))|([A-Z][a-z]+))\s+$")
# a region's office in Russian (the genitive a visit's title takes), by the office word's start in any language
_OFFICE_GENITIVE = (("губернатор", "губернатора"), ("губернатар", "губернатора"), ("governor", "губернатора"),
                    ("вице-губернатор", "вице-губернатора"), ("віцэ-губернатар", "вице-губернатора"),
                    ("vice-governor", "вице-губернатора"), ("мэр", "мэра"), ("mayor", "мэра"))
_SIDE_TAKES_PART = re.compile(r"\b(?:с|со|от|з|ад|from)\s+(?:the\s+)?(?:(белорусск\w+|беларуск\w+|belarusian)|российск\w+"
                              r"|расійск\w+|russian)\s+(?:стороны|боку|side)\b")


_ENVOYS_NEAR = re.compile(r"\b(?:представител(?:и|ей)|прадстаўнік(?:і|оў)|representatives)\b")
_MANY_ENVOYS = re.compile(r"\s+(?:of\s+|from\s+|из\s+|з\s+)?(?:the\s+)?(?:\d+|\w+ (?:регион|рэгіён|област|вобласц|район|раён|стран"
                          r"|краін|городов|гарадоў|regions|countries|districts|cities|towns)"
                          # (or of both sides: "representatives of Russian and Belarusian universities", «российских и
                          # белорусских вузов» — the event's own participants, nobody's delegation)
                          r"|(?:российск|русск|расійск|russian|белорусск|беларуск|belarusian)\w*\s+(?:и|і|and)\s+"
                          r"(?:российск|русск|расійск|russian|белорусск|беларуск|belarusian))")
_IN_WHICH = re.compile(r"(?:котор\w+|як(?:ім|ой|іх)|which|где|дзе|where)\s+$")


_IN_IT = re.compile(r"\b(?:в|во|у|ў|in)\s+(?:the\s+)?(?:нем|нём|ім|it|них|іх|them|торжеств\w*|празднован\w*|святкаванн\w*"
                    r"|урачыстасц\w*|мероприяти\w*|мерапрыемств\w*|celebrations?|festivities|events?)\b"
                    # a region's exposition at it: «Гродненскую экспозицию возглавил …», "the Belarusian exposition"
                    r"|\b(?:экспозици|экспазіцы|exposition|стенд|стэнд|pavilion)\w*"
                    # the event named again as what someone opened: «Мероприятие открыли …», «Мерапрыемства адкрылі»,
                    # "… opened the ceremony"
                    r"|^(?:мероприятие|церемонию|мерапрыемства|цырымонію) (?:откры|адкры)"
                    r"|\b(?:opened|открыл[аи]?|адкры(?:ў|ла|лі)) (?:the )?(?:event|ceremony|мероприятие|церемонию"
                    r"|мерапрыемства|цырымонію)\b"
                    # its opening: «В открытии участвовал …», «У адкрыцці ўдзельнічаў …», "attended the opening"
                    r"|\b(?:в|во|у|ў|in|at|attended)\s+(?:the\s+)?(?:(?:торжественн|урачыст|official|grand|solemn)\w*\s+)?"
                    r"(?:открыти|адкрыцц|opening\b)")


def _sentence_after(s: Sentence, sents: list[Sentence]) -> Sentence | None:
    """The sentence after ``s`` in the same or the next line, or None."""
    i = bisect.bisect_right(sents, s.start, key=lambda x: x.start)
    return sents[i] if i < len(sents) and sents[i].line <= s.line + 1 else None


def _next_about_it(sources: list[Sentence], sents: list[Sentence]) -> list[Sentence]:
    """The next sentences (up to three, this paragraph or the next) where the text goes on about an event: «в нём», «ў ім»,
    «у святкаваннях», "in the celebrations"."""
    out = []
    for s in sources:
        i = bisect.bisect_right(sents, s.start, key=lambda x: x.start)
        for x in sents[i:i + 3]:
            if x.line <= s.line + 1 and x not in sources and x not in out \
                    and (_IN_IT.search(x.low) or _represented(x) is not None):  # (or «Область представляли …»)
                out.append(x)
    return out


_REMOTE = re.compile(REMOTE)


def _country_of(place: str | None) -> bool | None:
    """Whether ``place`` lies in Belarus (True) or Russia (False); None where unknown."""
    party = party_of_place(place) if place else None
    return None if party is None else is_belarusian(party)


# a gathering's programme item: «пленарное заседание», «секция», «круглый стол», "a plenary session", «пленарнае пасяджэнне»
_PROGRAMME_PART = re.compile(r"пленарн|plenary|секци|секцы|круглы\w* стол|круглага стала|round[- ]table|panel session"
                             r"|панельн\w* (?:сесси|дискусс|дыскус)")


def _parts_of_a_gathering(events: list[Cand]) -> list[Cand]:
    """«16–18 июля прошёл форум … Директор принял участие в пленарном заседании»: a programme item with no day of its
    own, which only borrows the span of the gathering it is part of, dates that gathering rather than being an event
    (GUIDE §3); with a day of its own («17 июля состоялось пленарное заседание») it stays."""
    spans = {(e.start, e.end) for e in events if e.type == "meeting" and e.end and e.how == "mention"}
    return [e for e in events if not (e.type == "meeting" and e.how == "inherited" and e.end and (e.start, e.end) in spans
                                      and _PROGRAMME_PART.search(e.sent.low, max(0, e.pos - e.sent.start - 16),
                                                                 e.pos - e.sent.start + 24))]


# «в заключительный день визита», «во второй день поездки», «у апошні дзень візіту», "on the last day of the visit"
_DAY_OF_THE_VISIT = re.compile(r"(?:день|дня|дзень|day)\s+(?:of\s+)?(?:the\s+|this\s+|их\s+|его\s+)?(?:визита|поездки|візіту"
                               r"|візіта|паездкі|visit|trip)\b|(?:first|second|third|last|final|closing)\s+day\b")


def _days_of_a_visit(events: list[Cand]) -> list[Cand]:
    """«а завтра, в заключительный день визита, посетят академию в Горках»: a visit's day told as one of its days is
    the visit going on, not a visit of its own (GUIDE §3: programme items date their event)."""
    trips = [e for e in events if e.type == "visit" and e.end and e.start and len(e.start) == len(e.end) == 10
             and e.start[:4].isdigit() and e.end[:4].isdigit()]
    out = []
    for e in events:
        if e.type == "visit" and e.end is None and e.start and len(e.start) == 10 and e.start[:4].isdigit() \
                and _DAY_OF_THE_VISIT.search(e.sent.low) \
                and (trip := next((t for t in trips if t is not e and t.start and t.end
                                   and t.start <= e.start <= _plus_days(t.end, 2)), None)):
            if e.start > (trip.end or ""):
                trip.end = e.start  # (the last day told after the span: the trip lasts to it)
            continue
        out.append(e)
    return out


def _closed_on_its_last_day(events: list[Cand]) -> list[Cand]:
    """«на 11-й встрече городов-побратимов, завершившейся 16 октября … встреча проходила в Пскове с 14 по 16 октября»: a
    gathering dated by its close is the one the text spans up to that day, not another held on it (GUIDE §3)."""
    spans = {(e.type, e.end): e for e in events if e.end and e.start and e.start < e.end}
    gone: set[int] = set()
    for e in events:
        o = spans.get((e.type, e.start)) if e.end is None and e.start and len(e.start) == 10 else None
        if o is not None and id(o) not in gone and o is not e \
                and _CLOSED_ON.search(e.sent.low, max(0, e.pos - e.sent.start), e.pos - e.sent.start + 200):
            e.start, e.end, e.how = o.start, o.end, o.how  # (the named one keeps its name, and takes the span)
            e.location = e.location or o.location
            e.sources = [*e.sources, *(x for x in o.sources if x not in e.sources)]
            gone.add(id(o))
    return [e for e in events if id(e) not in gone]


# a participle or clause of closing right before the day: «завершившейся 16 октября», «которая закрылась 16 октября»,
# «які завяршыўся 16 кастрычніка», "which ended on 16 October", "closed on 16 October"
_CLOSED_ON = re.compile(r"(?:завершивш\w*|закончивш\w*|закрывш\w*|(?:котор\w+|які|якая|якое|which|that)\s+(?:заверш\w*с[яь]"
                        r"|закрыл\w*с[яь]|закончил\w*с[яь]|завяршы\w*|закрыл\w*|ended|closed))\s+(?:on\s+)?\d")


def _participation_visits(events: list[Cand], lang: str, sents: list[Sentence]) -> list[Cand]:
    """«губернатор Воронежской области примет участие в Форуме регионов в Витебске»: an official of one side
    singled out as taking part in an event held on the other side's soil is on a visit, dated like the event
    (GUIDE §4.6). Nothing is added where the text already reports a visit of that year to the same side."""
    out: list[Cand] = []
    # (a visit read only off a list of the delegation's members yields to the trip the text singles out)
    visited = {(e.start or "")[:4] for e in events if e.type == "visit" and not _members_only(e)}
    # (… to the same side: a visit to Полоцк does not stand for the trip the other way, to a rally in Великие Луки)
    went = {((e.start or "")[:4], _country_of(e.location)) for e in events
            if e.type == "visit" and not _members_only(e)}
    for e in events:
        year = (e.start or "")[:4]
        where = e.location or next((o.location for o in events if o is not e and o.start == e.start and o.location
                                    and o.type == e.type), None)  # (a part of a gathering: the gathering's place)
        if e.type not in _HOSTED or not where or (year in visited and (
                (year, None) in went or (year, _country_of(where)) in went or _country_of(where) is None)):
            continue
        if any(_REMOTE.search(x.low) for x in e.sources):
            continue  # «заседание рабочей группы в онлайн-формате»: taking part from home is no trip
        added = False
        for s in [*e.sources, *_next_about_it(e.sources, sents)]:
            took = _took_part(s.low)
            if took is None and (rep := _represented(s)) is not None:
                # «Тверскую область представляли председатель ЗСТО …», "the Tver region was represented by": the
                # region itself is the side that came
                side = place_name(next(g for g in rep.groups() if g))
                if side and _elsewhere(side, where):
                    out.append(Cand("visit", s, s.start + rep.start(), e.start, e.end, "by-event",
                                    title=f"Визит делегации {nominative_phrase(side.split(), 'gent')} {into(where)}",
                                    composed=True, location=where, lang=lang, sources=[s]))
                    visited.add(year)
                    went.add((year, _country_of(where)))
                    added = True
                    break
            if took is None:
                continue
            named = [(at, role) for at, _name, role in people_in(s.text, lang)]
            office_title = ""  # («Визит губернатора Пензенской области», where the office is named by its region)
            if not named and (said := _SIDE_TAKES_PART.search(s.low, max(0, took[0] - 80), took[1] + 80)):
                # «З беларускага боку ў ім прымуць удзел каля 250 чалавек», "from the Russian side, 40 companies will
                # take part": a side's people, no name, no office
                named = [(said.start(), "Беларусь" if said.group(1) else "Россия")]
            if not named and (envoys := _ENVOYS_NEAR.search(s.low, max(0, took[0] - 100), took[1] + 100)) \
                    and not _MANY_ENVOYS.match(s.low, envoys.end()) \
                    and not _IN_WHICH.search(s.low, max(0, took[0] - 16), took[0]) \
                    and (origin := delegation_origin(s.text)):
                # «в митинге приняли участие представители Полоцкого райисполкома», "representatives of Polotsk took
                # part": envoys of one side, with no name or office, are its delegation (not those of 43 regions,
                # nor those a relative clause lists among the event's own: «пасяджэнне, у якім возьмуць удзел …»)
                named = [(took[0], origin)]
            if not named and (office := _OFFICE_BEFORE.search(s.low, max(0, took[0] - 150), took[0])):
                # «заместитель губернатора Брянской области посетит праздник», "The Governor of Smolensk Oblast was
                # the guest of honour": an office named without its holder's name
                named = [(office.start(), s.text[office.start(): took[0]])]
                if (adj := _REGION_ADJ_BEFORE.search(s.text, max(0, office.start() - 30), office.start())) \
                        and (region := region_name(adj.group(1)) if adj.group(1) else place_name(f"{adj.group(2)} region")) \
                        and known_region(region):
                    named = [(office.start(), f"{s.text[office.start(): took[0]]} {region}")]  # «Пензенский губернатор»,
                    # "the Penza governor": the region's office, its region named by the adjective
                    word = next((g for stem, g in _OFFICE_GENITIVE if s.low.startswith(stem, office.start())), None)
                    if word:
                        office_title = f"Визит {word} {nominative_phrase(region.split(), 'gent')}"
            for at, role in named:
                side = envoy_of(role) or next(iter(named_parties(role)), None) or _side_of(role) \
                    if role and abs(at - took[0]) < 150 else None  # (a governor with no region named: Russia's)
                if side and _elsewhere(side, where):
                    side_of = {"Беларусь": "белорусской", "Россия": "российской"}.get(role)
                    head = f"Визит {side_of} делегации {into(where)}" if side_of \
                        else f"{office_title} {into(where)}" if office_title else "Визит"
                    out.append(Cand("visit", s, s.start + at, e.start, e.end, "by-event", title=head,
                                    composed=bool(side_of or office_title),
                                    location=where, lang=lang, sources=[s]))
                    visited.add(year)
                    went.add((year, _country_of(where)))
                    added = True
                    break
            if added:
                break
    # (a members' list with no trip, place or day of its own, «Напомним, в составе делегации – и председатель
    # райисполкома», tells who went, not that anyone went: no visit of its own, unless another sentence speaks of
    # the trip or the guests: «В Беларуси гости будут с 1 по 7 апреля»)
    events[:] = [e for e in events if not (_members_only(e) and (
        (e.start or "")[:4] in visited
        or e.location is None and e.how == "default" and not any(_TRIP_WORDS.search(x.low) for x in sents
                                                                   if x is not e.sent)))]
    return out


# a guest named as such, or someone who has come over: «российский гость», «гасцей», "the Russian guest", "You have
# come to Belarus" (but not "came to an agreement")
_GUEST = re.compile(r"\bгост(?:ь|я|ю|ем|и|ей|ям|ями)\b|\bгосц(?:ь|я|ю|ем)\b|\bгасц(?:і|ей|ям|ямі)\b|\bguests?\b"
                    r"|\b(?:have|has|had)\s+come\s+to\b(?!\s+(?:an?|the|some|this|terms)\s)"
                    r"|\bcame\s+to\b(?!\s+(?:an?|the|some|this|terms|power)\s)")
_GUEST_WORDS = ("гост", "госц", "гасц", "guest", "come", "came")  # (one of them in every match of _GUEST, looked for
# first: the pattern opens with ``\b`` and was tried at every position of every sentence)
_CAME_TO = re.compile(r"\b(?:come|came)\s+to\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_GUEST_NATION = re.compile(r"(белорусск|беларуск|belarusian|российск|расійск|russian)\w*\s+(?:гост|госц|гасц|guest)")
# Belarus has no governors; a region's head of Russia is one («губернатар», "Governor", «глава Башкортостана»)
_RUSSIAN_OFFICE = re.compile(r"губернатор|губернатар|governor|\bглав\w* (?:республик|регион)|head of (?:the )?(?:republic|region)")
_BELARUSIAN_OFFICE = re.compile(r"исполком|выканкам|oblispolkom|executive committee|регионального исполнительного"
                                r"|исполнительного комитета|выканаўчага камітэта")  # (only Belarus has executive committees)


def _side_of(role: str) -> str | None:
    """The country an official serves, by the role: «губернатор Воронежской области» → Россия, "President of
    Belarus" → Беларусь; None where the role does not tell."""
    named = envoy_of(role) or next(iter(named_parties(role)), None)
    if named:
        return "Беларусь" if is_belarusian(named) else "Россия"
    low = role.lower()
    return "Россия" if _RUSSIAN_OFFICE.search(low) else "Беларусь" if _BELARUSIAN_OFFICE.search(low) else None


def _host(cues: list[Sentence]) -> str | None:
    """The country the guests are in, by their nation («российский гость»: Беларусь) or by where they came
    ("You have come to Belarus")."""
    for s in cues:
        if nation := _GUEST_NATION.search(s.low):
            return "Россия" if nation.group(1).startswith(("бел", "bel")) else "Беларусь"
        if (came := _CAME_TO.search(s.text)) and (where := place_name(came.group(1))):
            return country_of(where)
    return None


def _guest_visits(events: list[Cand], lang: str, sents: list[Sentence]) -> list[Cand]:
    """«Президент Беларуси встретился с губернатором Приморского края … — Вы приехали в Беларусь», "the Russian
    guest": talks of an official of one side with the other side's, on that side's soil, and the text calls him a
    guest or says he came: his visit (GUIDE §4.6: staying at a place as a guest), dated by the month of the talks
    (a container dated from its part, GUIDE §5). Where the text tells a visit of that year without its visitor ("his
    visit to Minsk"), that visit takes the guest as its visitor instead (``Cand.guest``)."""
    cues = [s for s in sents if any(w in s.low for w in _GUEST_WORDS) and _GUEST.search(s.low)]
    visits = {(e.start or "")[:4]: e for e in events if e.type == "visit"}
    if not cues and not visits:
        return []
    out: list[Cand] = []
    for e in events:
        if e.type != "meeting" or not e.start or not e.explicit:
            continue
        told = visits.get(e.start[:4])  # (a visit the text tells needs no guest named to take its visitor)
        if told is not None and (told.guest or told.people) or told is None and not cues:
            continue
        people = [(name, role, _side_of(role)) for x in e.sources for _, name, role in people_in(x.text, lang)]
        known = {side for *_, side in people if side}
        if len(known) == 1:  # one side told by its office, the other by none: the calendar's other side
            other = "Россия" if "Беларусь" in known else "Беларусь"
            people = [(n, r, side or other) for n, r, side in people]
        people = [p for p in people if p[2]]
        if {side for *_, side in people} != {"Беларусь", "Россия"}:
            continue
        host = country_of(e.location) if e.location else None
        if host not in ("Беларусь", "Россия"):
            host = _host(cues)
            if host is None:
                continue
        name, role, _side = next(p for p in people if p[2] != host)
        who = person_genitive(f"{name}, {role}") if lang == "ru" else foreign_person(f"{name}, {role}")
        if not who:
            continue
        if told is not None:  # "his visit to Minsk", «Вы привезли делегацию»: the visit is told, its visitor is not
            told.guest = who
            continue
        where = e.location or host
        start = e.start[:7] if len(e.start) == 10 and not e.start.startswith("XXXX") else e.start
        out.append(Cand("visit", e.sent, e.pos, start, None, "by-event", title=f"Визит {who} {into(where)}",
                        composed=True, location=where, lang=lang, sources=[e.sent]))
        visits[e.start[:4]] = out[-1]
    return out


_TRIP_WORDS = re.compile(r"\bгост|\bгасц|\bguests?\b|прибы|приеха|прыбы|прыеха|arriv|визит|візіт|\bvisit|поездк"
                         r"|паездк|\btrip")


_REPRESENTED = re.compile(r"([А-ЯЁA-Z]\w+\s+(?:област\w*|кра[йяю]|вобласц\w*))\s+(?:представля(?:л|ла|ли)|прадстаўля(?:ў|ла|лі))\b"
                          r"|\b([A-Z]\w+\s+(?:[Oo]blast|[Rr]egion|[Tt]erritory))\s+(?:was|were) represented by\b"
                          # a region as a gathering's guest of honour: «почетным гостем фестиваля станет Ленинградская
                          # область», «адмысловым госцем фестывалю стане …», "the special guest of the festival will be …"
                          r"|(?:[Пп]очетн|[Оо]соб|[Сс]пециальн|[Гг]лавн)\w* гост(?:ем|ьей)\s+(?:\S+\s+){0,3}?(?:стал[аи]?|станет"
                          r"|будет|выступ\w+)\s+([А-ЯЁ]\w+\s+(?:област\w*|кра[йяю]))"
                          r"|(?:[Гг]анаров|[Аа]дмысл|[Сс]пецыяльн|[Гг]алоўн)\w* (?:гасц|госц|госьц)\w*\s+(?:\S+\s+){0,3}?(?:стаў|стала"
                          r"|стане|будзе|выступ\w+)\s+([А-ЯЁІЎ]\w+\s+(?:вобласц\w*|вобласьц\w*|кра[йяю]))"
                          r"|\b(?:[Ss]pecial|[Hh]onou?red|[Mm]ain) guests? of (?:the\s+)?(?:\S+\s+){0,4}?(?:will be|is|was|became)\s+"
                          r"(?:the\s+)?([A-Z]\w+\s+(?:[Oo]blast|[Rr]egion|[Tt]erritory))")


def _represented(s: Sentence) -> re.Match[str] | None:
    """«Тверскую область представляли …» in ``s`` (its verb looked for first, cheaply) — by people, not by a count of
    firms («Гродненскую область представляли 12 предприятий»: exhibitors, no delegation on a trip)."""
    got = _REPRESENTED.search(s.text) if any(w in s.low for w in ("представля", "прадстаўля", "represented", "гост",
                                                                    "гасц", "госц", "госьц", "guest")) else None
    return None if got is not None and _BY_FIRMS.match(s.low, got.end()) else got


# what represents a region when it is no delegation: a count of firms or producers («12 предприятий», «дзесяць
# прадпрыемстваў», "12 companies")
_BY_FIRMS = re.compile(r"\s*(?:\d+|[а-яёіўa-z]+)\s+(?:[а-яёіўa-z-]+\s+){0,2}?(?:предприят|компани|производител|фирм|организац"
                       r"|хозяйств|прадпрыемств|кампані|вытворц|арганізац|гаспадар|compan|enterprise|producer|firm|manufacturer"
                       r"|exhibitor|участник|удзельнік)")


def _elsewhere(side: str, venue: str) -> bool:
    """Is ``venue`` away from ``side``'s home: another country, or another region of the same one (the Forum of
    Regions held in Nizhny Novgorod is a trip for the Tver delegation)?"""
    if (side == "Беларусь" or is_belarusian(side)) != (country_of(venue) == "Беларусь"):  # (a side told by office only)
        return True
    home = region_of(side) or side
    where = region_of(venue) or venue
    return home != where and side != venue and where not in COUNTRIES and home not in COUNTRIES


def _members_only(c: Cand) -> bool:
    return c.type == "visit" and all(x.members for x in (c, *c.merged))


# a clause of its own time: «…, а в 2022 году подписан план», «…, второе — в 2021 году в Смоленске», "…, and in
# 2022 they signed a plan"
_ORDINAL_GAP = r"(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)\s*,\s+"
_CLAUSE_TIME = re.compile(rf"(?:(?:,|;)\s+(?:(?:а|но|и|і|and|but|while|whereas)\s+)?(?:(?:[\w-]+\s+){{1,3}}[—–]\s+|{_ORDINAL_GAP})?"
                          rf"|\s+and\s+{_ORDINAL_GAP})(?=(?:(?:a|one|через|праз)\s+\S+\s+(?:later\s*,?\s+)?)?"
                          rf"(?:(?:в|во|у|ў|in|on|from|с|со|з)\s+(?:\S+\s+){{0,2}}?)?\d)")
# («…, and a week later, from 14 to 17 November, …», «…, а через неделю, с 14 по 17 ноября, …»)
_CLAUSE_AND = re.compile(r"[,;]\s+(?:а|но|и|і|and|but|while|whereas)\s")  # a clause joined on, its time anywhere
# the gap of a clause that leaves its event out: «второе — в 2021 году», "the second, in Sochi in 2015"
_GAP = re.compile(r"\s[—–-]\s|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)\s*,\s")
_NEGATED = re.compile(r"(?<!\w)(?:не|не было|was not|were not|did not|не быў|не была)\s+(?:\S+\s+)?"
                      r"(?:провод|состоя|прош|прайш|адбы|held|take place|took place|подпис|падпіс|signed)", re.I)


def _clause_events(s: Sentence, own: list[Mention], ctx: Context) -> list[Cand]:
    """The events of a sentence (see ``_by_clauses``), and those of an aside in parentheses dated by a time of its own:
    «прошло второе заседание рабочей группы (первое заседание состоялось в апреле прошлого года, во время визита …)»
    is this sitting and the first one, of its own month."""
    found = _by_clauses(s, own, ctx)
    if "(" not in s.low or not own:
        return found
    for p in ASIDE.finditer(s.low):
        a, b = s.start + p.start() + 1, s.start + p.end() - 1
        sub = [x for x in own if a <= x.start < b]
        if not sub:
            continue
        there = {c.type for c in found if a <= c.pos < b}
        part = Sentence(a, b, s.text[p.start() + 1:p.end() - 1], s.low[p.start() + 1:p.end() - 1], s.line, s.headline)
        found += [c for c in sentence_events(part, sub, ctx) if c.how == "mention" and c.type not in there]
    return found


def _by_clauses(s: Sentence, own: list[Mention], ctx: Context) -> list[Cand]:
    """The events of a sentence, read clause by clause where each clause names its own time: «В 2016 году
    заключено соглашение, а в 2022 году подписан план» are two signings; in «Первое заседание прошло в 2019 году
    в Орше, второе — в 2021 году в Смоленске» the second clause leaves its event out and is the same kind of event
    again (a negated one, «в 2020 году форум не проводился», is none)."""
    if len(own) < 2 or not any(ch in s.low for ch in ",;"):
        return sentence_events(s, own, ctx)
    cuts: list[int] = []
    # (a clause may also name its time after its event: «…, а брянская делегация приехала в Гомель в сентябре»)
    for at in sorted({m.start() for m in _CLAUSE_TIME.finditer(s.low)} | {m.start() for m in _CLAUSE_AND.finditer(s.low)}):
        # (one cut a clause: «, а через неделю, с 14 по 17 ноября» is one)
        if not cuts or at - cuts[-1] > 30 or any(cuts[-1] <= x.start - s.start < at for x in own):
            cuts.append(at)
    bounds = [0, *cuts, len(s.text)]
    parts = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        sub = [x for x in own if s.start + a <= x.start < s.start + b]
        parts.append((Sentence(s.start + a, s.start + b, s.text[a:b], s.low[a:b], s.line, s.headline), sub))
    if len(parts) < 2 or not all(sub for _, sub in parts):
        return sentence_events(s, own, ctx)  # (one time for all: one sentence)
    if len({sub[0].value[:4] for _, sub in parts}) < 2:
        # days of one year: clauses apart only where each names an event of one type with days of its own («6–7
        # февраля глава Коломны посетил Пинск, а 13–14 февраля председатель Пинского горисполкома приехал в
        # Коломну»: two visits); else one time for all
        if len({sub[0].value for _, sub in parts}) < len(parts):
            return sentence_events(s, own, ctx)
        each = [sentence_events(part, sub, ctx) for part, sub in parts]
        kinds = [k for found in each if (k := {c.type for c in found if c.how == "mention"})]
        if len(kinds) < 2 or not set.intersection(*kinds):  # (a clause of no event, «, а через неделю», joins none)
            return sentence_events(s, own, ctx)
        return [c for found in each for c in found]
    out: list[Cand] = []
    before: list[Cand] = []
    for part, sub in parts:
        if _NEGATED.search(part.low):
            continue
        found = sentence_events(part, sub, ctx)
        if not found and before and (gap := _GAP.search(part.low)):
            first, _, last = sub[0].value.partition("/")
            found = [replace(c, sent=part, pos=part.start + gap.end(), start=first, end=last or None,
                             how="mention", location=None, sources=[], merged=[], lead=lead,
                             title=(c.type == "agreement" and paper_signed(part, gap.end())) or c.title or lead)
                     for c in before if not c.recurrence and c.how == "mention"
                     for lead in (c.lead or head(c.type, c.sent.low, c.pos - c.sent.start),)]  # (its head, kept)
        out += found
        before = found or before
    return out


def _date_by_a_loose_span(cands: list[Cand], span: Mention | None) -> None:
    """"Trade fair … has taken place on the main square of Smolensk. … guests could visit it from the 28th till the
    29th April": a span of days that no event of its sentence claims belongs to the one lasting event (a fair,
    festival, forum) the text leaves undated, the headline's included (GUIDE §3: headline and body are one) — not
    where the text reports a visit («В Беларуси гости 1 по 7 апреля», «Путин может пробыть в городе 11 и 12 октября»:
    the guests' days)."""
    if span is None:
        return
    undated = [c for c in cands if c.start is None and c.how in ("default", "future") and kind(c) in _LASTING]
    if not undated or len({kind(c) for c in undated}) != 1 or any(c.type == "visit" for c in cands) \
            or any(c.start and kind(c) == kind(undated[0]) for c in cands):
        return
    a, b = split(span.value)
    for c in undated:
        c.start, c.end, c.how = a, b, "by-span"


# lasting until a day: «продлится до», «будет работать до», «працягнецца да», "will last until", "runs until"
_UNTIL_OPENS = re.compile(r"(?:до|да|until|till)\s+\d")  # a sentence opening with the day it lasts until
_LASTS_UNTIL = re.compile(r"(?:продл[ия]т\w*|продолж[иа]т\w*|буд(?:ет|ут) работать|работа[ею]т|прац[яе]гн\w*"
                          r"|будз(?:е|уць) працаваць|працу(?:е|юць)"
                          r"|пробуд(?:ет|ут)|прабуд(?:зе|уць)|(?:will\s+)?stay"
                          r"|(?:will\s+)?(?:last|run|continue)s?)\s+(?:\S+\s+){0,3}?(?:до|да|until|till|through)\s")


def _ends_until(found: list[Cand], s: Sentence, own: list[Mention], at: int) -> None:
    """«Фестиваль открылся вчера и продлится до 14 июля», "opened yesterday and will run until 14 July": the day the
    sentence says its gathering lasts until is its end (after its first day, within two months)."""
    day = next((x for x in own if x.start - s.start >= at - 1 and len(x.value) == 10 and "/" not in x.value
                and x.value[:4].isdigit()), None)  # (a day of an unknown year, «XXXX-05-14», counts no days)
    if day is None:
        return
    for c in found:
        if kind(c) in _LASTING and c.start and len(c.start) == 10 and c.start[:4].isdigit() and not c.end \
                and c.start < day.value and (date.fromisoformat(day.value) - date.fromisoformat(c.start)).days <= 62:
            c.end = day.value


def _ends_then(cands: list[Cand], s: Sentence, own: list[Mention]) -> bool:
    """«12 мая открылась выставка-ярмарка. Она продлится до 15 мая»: the day a pronoun's sentence says the event told
    just before lasts until is its end (where that event has begun on a day before it)."""
    end = split(own[0].value)[0] if len(own) == 1 and "/" not in own[0].value else None
    c = next((c for c in reversed(cands) if c.sent.end <= s.start), None)
    if c is None or end is None or s.start - c.sent.end >= 5 or not c.start or len(c.start) != 10 or c.end \
            or len(end) != 10 or not c.start < end or kind(c) not in _LASTING:
        return False
    c.end = end
    return True


# a trip's or a meeting's time said to be not set yet: «Время визита еще не обозначено», «дата встречи пока не
# определена», «тэрміны візіту яшчэ не вызначаны», "the date of the visit has not been set yet", "no date has been set"
_DATE_NOT_SET = re.compile(r"(?:время|дата|даты|сроки|срок|час|тэрмін\w*)\s+(?:\S+\s+){0,2}?(?:пока|еще|ещё|пакуль"
                           r"|яшчэ)?\s*не\s+(?:определен|обозначен|известн|назван|установлен|согласован|вызначан|вядом"
                           r"|абвешчан|узгоднен)"
                           r"|\bdates?\s+(?:of\s+the\s+\S+\s+)?(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
                           r"(?:set|fixed|announced|known|determined)|\bno\s+dates?\s+(?:has|have)\s+(?:yet\s+)?been\s+set")
# the pronoun a sentence opens on and the gender it points back with: «Оно начнется», «Яна пройдзе»
_PRONOUN_GENDER = re.compile(r"^(?:\S+\s+){0,3}?(он|ён|ен|оно|яно|она|яна)\b")
_GENDERS = {"он": "masc", "ён": "masc", "ен": "masc", "оно": "neut", "яно": "neut", "она": "femn", "яна": "femn"}


def _cue_gender(c: Cand) -> str | None:
    """The grammatical gender of the noun a candidate's cue opens with («заседание» neut, «визит» masc), None where
    the word is no singular noun pymorphy3 knows (a Belarusian word, a verb, a plural)."""
    for word in c.sent.low[c.pos - c.sent.start:].split(maxsplit=3)[:3]:
        word = word.strip("«»\"(),.:;")
        if (be := next((g for stem, g in _BE_EVENT_GENDERS if word.startswith(stem)), None)) is not None:
            return be  # (pymorphy3 would guess a Belarusian word's gender as Russian)
        ps = [p for p in parses(word) if p.is_known] if word.isalpha() else []
        genders = {p.tag.gender for p in ps if p.tag.POS == "NOUN" and p.tag.number == "sing"}
        if genders:
            return genders.pop() if len(genders) == 1 else None
        if not ps or ps[0].tag.POS != "VERB":
            return None  # (only a cue's verb is looked past: «провели встречу» is the meeting's noun)
    return None


# the Belarusian event nouns pymorphy3 (a Russian dictionary) does not know, by their stems: «пасяджэнне» neut, …
_BE_EVENT_GENDERS = (("пасяджэнн", "neut"), ("мерапрыемств", "neut"), ("пагадненн", "neut"), ("свят", "neut"),
                     ("візіт", "masc"), ("кірмаш", "masc"), ("фестывал", "masc"), ("сустрэч", "femn"), ("нарад", "femn"),
                     ("паездк", "femn"), ("дамов", "femn"))


# the guests named again as a sentence's subject: «гости», «госці», "the guests", «члены делегации», "the delegates"
_GUESTS = re.compile(r"^(?:\S+\s+){0,6}?(?:гости|госці|(?:the )?guests|делегаты|дэлегаты|(?:the )?delegates"
                     r"|члены (?:делегации|дэлегацыі)|members of the delegation)\b")
# … or by a name of the people of a place: «калужане», «брянцы», «гомельчане», «псковичи», «смаляне»
_DEMONYM = re.compile(r"^(?:\S+\s+){0,6}?([а-яёіў]{3,}(?:ане|яне|цы|ичи|ічы))\b")


def _guests_again(low: str, visit: Cand) -> bool:
    """A sentence about the guests of the visit just told: named again as guests or delegates, or as the people of a
    place the visit's sentence names (the name's first four letters, «калужане» for «из Калужской области»)."""
    if _GUESTS.search(low):
        return True
    people = _DEMONYM.search(low)
    return people is not None and f" {people.group(1)[:4]}" in f" {visit.sent.low}"


def _date_pronoun(cands: list[Cand], s: Sentence, own: list[Mention], hows: tuple[str, ...]) -> None:
    """«… стартовала ярмарка. С 18 по 28 сентября она будет работать»: the date is the fair's; a sentence
    that only dates what the one before announced dates its undated events."""
    said = _PRONOUN_GENDER.search(s.low, 0, 80)
    gender = _GENDERS.get(said.group(1)) if said else None
    for c in reversed(cands):
        if s.start - c.sent.end >= 5 and not (c.sent.line == s.line and "undated" in hows and c is cands[-1]) \
                and not (s.line - c.sent.line == 1 and s.start - c.sent.end <= 16):  # (the next paragraph, with a
            # page's counter line between: «… форуме регионов\n\n103\n\nОн проходил в Уфе 26-28 июля»)
            return  # (but "Preparations for the festival … The event is traditionally held near the monument. This
            # year it will be held on June 25": the paragraph's last event, no other told since, announced)
        if gender and _cue_gender(c) not in (None, gender):
            continue  # «Перед визитом … пройдет заседание. Оно начнется 9 ноября»: «оно» is the sitting, not the visit
        if c.sent.end <= s.start and (c.how in hows or "undated" in hows and c.how == "default"
                                      and (c.start is None or c.start.startswith("XXXX")) and kind(c) in _LASTING):
            # ("undated": a festival, fair, forum or visit of a report whose publication date is unknown, or known
            # only by its day: "11:07, 31 July … is part of the Days. Events will take place on 28-30 July")
            c.start, c.end = split(_finest_within(own).value)
            c.how = "mention"
            if (c.location is None or c.location in COUNTRIES) \
                    and (there := next((p for _, p in places_in(s.text) if p not in COUNTRIES), None)):
                c.location = there  # «Оно начнется 9 ноября в Челябинске»: the place the pronoun's sentence gives
            if "future" not in hows:
                return


def _finest_within(own: list[Mention]) -> Mention:
    """The first date a sentence gives, or a finer one inside it that follows: "This year the holiday will be held
    on June 25", «В этом году праздник пройдёт 25 июня» date by the day, not the year."""
    best = own[0]
    for x in own[1:]:
        if "/" not in best.value and x.value.startswith(best.value) and len(x.value) > len(best.value):
            best = x
    return best


_CEREMONY_HELD = re.compile(r"\b(?:торжественн\w+ |урачыст\w+ )?(?:церемони\w*|цырымоні\w*) (?:подписания |падпісанн\w+ )?"
                            r"(?:состоял\w*|прош\w*|адбыл\w*|прайшл\w*)|\bthe (?:signing )?ceremony (?:took place|was held)")


def _ceremony_held(low: str) -> bool:
    """``_CEREMONY_HELD`` where a word it needs is there (the pattern opens with a boundary and an optional word,
    so ``re`` would try it at every position of every sentence)."""
    return ("церемон" in low or "цырымон" in low or "ceremony" in low) and bool(_CEREMONY_HELD.search(low))


# the paper just named, signed: «Документ будет подписан сегодня», «Дакумент падпішуць», "The document will be signed"
_THE_PAPER_SIGNED = re.compile(r"(?!(?:\S+\s+){0,2}?(?:предыдущ|прежн|прошл|друг|ин(?:ой|ые)\s|previous|earlier|prior\s"
                               r"|another|other|папярэдн|ранейш|мінул|іншы))"  # (not «Предыдущий подобный документ …»)
                               r"(?:\S+\s+){0,2}?(?:документ|дакумент|the document|it)\s+(?:\S+\s+){0,2}?(?:подпис|падпіс|падпіш"
                               r"|signed|sign)")  # («Сегодня документ подписан в Твери»)
_SIGNING_OPENS = re.compile(r"(?:само |the )?(?:подписание|падпісанне|signing)\b")
_MEETINGS = ("meeting", "session", "forum")  # the kinds of a meeting (see ``kind``)


_ON_THE_DAY = re.compile(r"\b(?:в|во|у|ў|on)\s+(?:the\s+)?(?:\S+\s+)?(?:день|дзень|day)\b|ознаменова\w*|адзначы\w+"
                         r"|(?:was|were) marked by\b|\bмаркирова|\bпрошл\w* в день\b")


def _date_by_the_day(found: list[Cand], s: Sentence) -> None:
    """«The Day of Unity was marked by a business visit», «В День единения делегация посетила Смоленск»: what the
    sentence puts on a named day, with no date of its own, is of that day."""
    day = next((c for c in found if c.recurrence and c.start and len(c.start) == 10), None)
    if day is None or not _ON_THE_DAY.search(s.low):
        return
    for c in found:
        if c is not day and not c.recurrence and c.how in ("default", "inherited") and c.type != "plan":
            c.start, c.end, c.how = day.start, None, "by-day"


_ARRIVED = re.compile(r"прибыл|приехал|прилетел|прыбы|прыеха|arrived|came to|в регион|у рэгіён|to the region")


# a year other than the report's, said in words: «в прошлом году», «летась», «у мінулым годзе», "last year"
_ANOTHER_YEAR = re.compile(r"(?:в|у|ў)\s+(?:прошлом|позапрошлом|минувшем|мінулым|леташнім)\s+(?:году|годзе)|\bлетась\b"
                           r"|\blast year\b|\bthe previous year\b|\ba year (?:ago|earlier)\b|\bгод (?:назад|таму)\b")


def _inherit_by_type(found: list[Cand], last: dict[str, Cand], first: dict[str, Cand], pub: str | None,
                     trip: Cand | None = None) -> None:
    """An undated mention takes the date of the last dated one of its kind (a forum the forum's, not that of a
    plenary session held in it); a meeting with none of its kind yet takes the forum's it is part of. A trip
    announced without a date («Заместитель мэра отправится в Гомель») after a trip dated ahead («на этих
    выходных направятся делегации») is of that time. Talks told right after a dated trip (``trip``, the sentence
    before: «в мае прошлого года делегация … посетила Белоруссию. Михаил Дегтярев встретился с президентом …») are
    of that trip, not of talks told earlier."""
    for c in found:
        if trip is not None and c.type == "meeting" and c.how == "default" and not c.sent.headline \
                and kind(c) == "meeting" and trip.start and (c.start or "")[:4] != trip.start[:4] and not set_apart(c):
            c.start, c.end, c.how = _holding(trip.start, trip.end), None, "by-visit"
            continue
        if c.how == "future" and c.start is None and c.type == "visit" and not c.sent.headline and pub \
                and (got := last.get("visit")) is not None and got.start and got.start[:10] > pub and not set_apart(c) \
                and not _sides_apart(got, c):  # (a trip to the other side is another trip, of its own time)
            c.start, c.end, c.how = got.start, got.end, "by-type"
            continue
        if c.how != "default" or c.sent.headline or set_apart(c):
            continue  # (but «Ранее …» tells an earlier one, not the one dated before it)
        if _ANOTHER_YEAR.search(c.sent.low):
            continue  # «В прошлом году Дни … прошли в Могилёве» where the report's year is unknown: another time
        k = kind(c)
        got = (last.get(k) or first.get(k) or (last.get("forum") if k == "meeting" else None)) if k in _MEETINGS \
            else last.get("ceremony") or last.get(k) if _ceremony(c) else last.get(k)
        # (flowers laid "by the participants in the ceremony" are of the wreath-laying's day, not the holiday's)
        if got is not None and called_upcoming(got) and not announces(c.sent.low):
            continue  # «обсудили предстоящее празднование 75-летия … Гости возложили цветы», «Форум пройдёт 26-28
            # июня. Об этом сообщил … на встрече»: what was done is not of the day ahead
        if got is not None and got.start and got.start[:4].isdigit() and pub and pub[:4].isdigit() \
                and int(got.start[:4]) < int(pub[:4]) - 1 and c.type == "commemoration":
            continue  # «В 1959 году был создан мемориал … Чтобы сохранить символы, установили знак»: a ceremony told
            # after history is the report's, not of the history's year
        if got is not None:
            c.start, c.end, c.how = got.start, got.end, "by-type"


# --- places -----------------------------------------------------------------------------------

_BORN_BEFORE = re.compile(r"(?:родил\w*|родом из|уроженц\w*|born|нарадзіл\w*|родам з|ураджэнц\w*)\s+(?:in\s+|в\s+|во\s+|ў\s+"
                          r"|у\s+)?(?:the\s+)?$", re.I)


def _location(c: Cand, s: Sentence) -> str | None:
    quoted = [(q.start(), q.end()) for q in _IN_QUOTES.finditer(s.text)] if "«" in s.text else []
    places = [p for p in places_in(s.text)
              if not _EMBASSY_BEFORE.search(s.text[max(0, p[0] - 60):p[0]])
              and not _BORN_BEFORE.search(s.text, max(0, p[0] - 30), p[0])  # («воинам, которые родились в Липецкой
              # области», "soldiers born in Lipetsk Oblast": whom it honours came from there, it is not held there)
              and not _SAID_THERE.match(s.text, p[0])  # «В Кремле подтвердили участие …»: where it was said
              and not (c.type not in ("festival", "fair") and any(a < p[0] < b for a, b in quoted))]
    # (a place inside a name in quotes, «МК в Пскове», names a newspaper, not where a visit or talks are)
    places = [p for p in places if not _WHAT_IS_MARKED.search(s.text, max(0, p[0] - 40), p[0])] or places
    # («Беларусь отметила 80-летие освобождения Минска», «Гомель отметил годовщину освобождения Минска»: the town an
    # anniversary is of is what is marked, not where, when the sentence names another place)
    places = [p for p in places if p[1] not in COUNTRIES] or places
    # «председателя Витебского облисполкома», «между Гомельским облисполкомом и …» name a party's office, «в
    # Пскове» and «в Гомельском облисполкоме» a venue
    offices = [p for p in places if _OFFICE.match(s.text, p[0]) and not _AT.search(s.text, max(0, p[0] - 4), p[0])]
    told_before = c.type == "meeting" and bool(AFTER_TALKS.search(s.low, max(0, c.pos - s.start - 30),
                                                                     c.pos - s.start))
    # («По итогам переговоров губернатор и председатель Минского облисполкома подписали …»: talks told before, and a
    # signer named with his office, not where the talks were)
    places = [p for p in places if p not in offices] or ([p for p in offices if (c.type == "meeting" and not told_before
                                                          or not _ROLE_OF.search(s.text, max(0, p[0] - 40), p[0]))
                                                          and not _DELEGATION_OF.search(s.text, max(0, p[0] - 40), p[0])]
                                                         if c.type != "agreement" else [])
    # («принял делегацию Витебского облисполкома»: whose delegation, not where it was received)
    # («Делегацию возглавлял председатель Минского облисполкома»: whose office leads the trip, not where it went)
    # (talks «с председателем Гомельского облисполкома» are at his office; a festival his office names is not)
    if not places and offices:
        return None  # the parties of a signing are no venue («между Гомельским облисполкомом и …»)
    if not places and c.type == "visit" and (back := _BACK_FROM_PLACE.search(s.text)) is not None \
            and (name := place_name(back.group(1))) and name not in COUNTRIES:
        return name  # «вярнулася з Тулы, дзе … гасцявала»: the trip's destination, not an origin (where the sentence
        # names no place the trip went to: "arrived in Ulyanovsk after the mayor returned from Minsk" is Ulyanovsk)
    if not places:
        return (two_cities(s.text) if c.type == "meeting" else None) or _quoted_place(c, s) or (
            _visited_first(s.text) if c.type == "visit" else host_named_first(s.text)) or (
            _host_town(s.text[:c.pos - s.start], origin) if c.type in ("visit", "meeting")
            and (origin := delegation_origin(s.text)) else None)
    if (origin := delegation_origin(s.text)) is not None:
        # «Делегация Могилёвщины прибыла в Уфу», «Глава Калининграда встретился с делегацией во главе с председателем
        # Гродненского горисполкома», "in Orsha, the Smolensk delegation laid flowers": where the guests came from is
        # not where they are; the host's town is
        whole = origin in (BELARUS, RUSSIA)  # «делегация из Беларуси»: any place of that side is its home
        home = [p for p in places if (side := party_of_place(p[1]))
                and (side == origin or whole and is_belarusian(side) == is_belarusian(origin))]
        if home and len(home) < len(places):
            places = [p for p in places if p not in home]
        elif home and c.type in ("visit", "meeting") \
                and (host := _host_town(s.text[:c.pos - s.start], origin) or host_named_first(s.text)):
            return host  # (or the town named as the host: «Барановичи встречали гостей из Подольска»)
        elif home and c.type == "visit" and (visited := _visited_first(s.text)):
            return visited  # «делегация во главе с мэром Могилева посетит Смоленск»: the guests' home named, and the
            # town the verb takes
    cue = c.pos - s.start
    if c.type == "festival" and len(places) > 1:  # «Дни Смоленщины принимал Полоцк»: the region whose Days these are
        # is their guest, not their venue
        places = [p for p in places if not _DAYS_NAMED.search(s.text, max(0, p[0] - 16), p[0])] or places
    if c.type in ("visit", "meeting") and (host := host_named_first(s.text)) is not None:
        return host  # «Барановичи встречали гостей из Подольска»: the town that hosts, not where the guests are from
    where = _WHERE_CLAUSE.search(s.text, 0, cue)  # «направится в Иркутскую область, где встретится …»
    if where and not re.search(r"[.;]", s.text[where.end(): cue]):
        got = next((p for at, p in places if where.start(1) <= at < where.end(1)), None)
        if got:
            return got
    after = [p for p in places if p[0] >= cue]
    if c.type == "visit":
        listed = _listed(s.text, after or places)
        if (more := _AND_MORE.match(s.text, _end_of(s.text, (after or places)[len(listed) - 1]))) is not None:
            return _holding_more(listed, more) or (after or places)[0][1]
        return (holding(listed) if len(listed) > 1 else None) or (after or places)[0][1]
    if c.type == "meeting" and (lead_city := _dateline_of(s.text)) is not None \
            and not any(not CLAUSE_MARK.search(s.text, min(at, cue), max(at, cue)) for at, _ in places):
        return lead_city  # "MOSCOW, 5 June (BelTA) – … preparing for the festival in Vitebsk, … told the media after the
        # meeting … on 5 June": a place in another clause is another event's; the dateline places the lead (GUIDE §6)
    return min(places, key=lambda p: abs(p[0] - cue))[1]


def _dateline_of(text: str) -> str | None:
    """The dateline city of a sentence that opens with one («МИНСК, 24 ноя (БЕЛТА) –»)."""
    return dateline_place(text) if _DATELINE_OPEN.match(text) else None


_DATELINE_OPEN = re.compile(r"[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ-]{2,}(?:\s+[A-ZА-ЯЁІЎ-]{3,})?,\s")


_IN_QUOTES = re.compile(r"«[^«»]{1,80}»")


_HOST_ROLE = re.compile(r"(?:[Гг]лав\w*|[Мм]эр\w*|[Гг]убернатор\w*|[Mm]ayor|[Gg]overnor|[Hh]ead)\s+(?:of\s+)?([А-ЯЁA-Z][\w-]+)")


# (a name of hyphened words read whole: «Южно-Сахалинск», not «Сахалинск»)
_VISITED_FIRST = re.compile(r"(?<![\w-])([А-ЯЁІЎ][а-яёіў]+(?:-[А-ЯЁІЎа-яёіў][а-яёіў]*)*)\s+(?:[сз]\s+\S+\s+(?:визитом|візітам)\s+)?(?:посети\w*|посетя\w*|посещ\w*"
                            r"|наведа\w*|наведва\w*)")


# «посетит 22 декабря Смоленск», "will visit Smolensk on 22 December": the town the verb takes, a date between
_VISITED_AFTER = re.compile(r"(?:посети\w*|посетя\w*|наведа\w*|наведва\w*|visit(?:s|ed)?|will visit)\s+"
                            r"(?:\d{1,2}\s+[а-яёіўa-z]+\s+(?:\d{4}\s+(?:года|г\.)\s+)?)?"
                            r"([А-ЯЁІЎA-Z][а-яёіўa-z]+(?:-[А-ЯЁІЎA-Zа-яёіўa-z][а-яёіўa-z]*)*)")


# «Омскую область посетила делегация», «Брэсцкую вобласць наведала дэлегацыя»: a region as the verb's object, first
_REGION_VISITED_FIRST = re.compile(r"([А-ЯЁІЎ][а-яёіў-]+(?:ую|юю|ый|ий)\s+(?:область|вобласць|край|округ))\s+(?:[сз]\s+\S+\s+"
                                   r"(?:визитом|візітам)\s+)?(?:посети\w*|посетя\w*|наведа\w*)")


def _visited_first(text: str) -> str | None:
    """«Сегодня Орёл с рабочим визитом посетит минская делегация»: the town named before the verb, as its object;
    «посетит 22 декабря Смоленск»: the town after it, past a date (as the object: «мэром Могилева посетит» names
    whose mayor); «Омскую область посетила делегация»: a region, as the object before the verb."""
    if ("област" in text or "вобласц" in text or "край" in text or "округ" in text) \
            and (region := _REGION_VISITED_FIRST.search(text)) and (name := place_name(region.group(1))):
        return name
    return town_in_role((_VISITED_FIRST, _VISITED_AFTER), ("nomn", "accs"), text)


def _host_town(before: str, origin: str) -> str | None:
    """«Глава Калининграда … встретился с делегацией из Беларуси»: the town of the host's office, on the other side."""
    for m in _HOST_ROLE.finditer(before):
        town = place_name(m.group(1))
        side = party_of_place(town) if town else None
        if town and side and side != origin and is_belarusian(side) != is_belarusian(origin):
            return town
    return None


_SAID_THERE = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+(?:подтверди|сообщи|заяви|рассказа|уточни|сказа|паведамі|заявілі"
                         r"|confirmed|said|announced|told)\w*")
_ROLE_OF = re.compile(rf"(?i)(?<![\w-])(?:{ROLES})\s+(?:\S+\s+)?$")  # «председатель Гомельского …»: the office's head
_AND = re.compile(r"\s*(?:,|и|і|and|,\s*а также)\s*", re.I)
_DELEGATION_OF = re.compile(r"(?i)(?:делегаци|дэлегацы)\w*\s+$|delegation\s+of\s+(?:the\s+)?$")


# «80-летие освобождения Минска», "the anniversary of the liberation of Minsk", «вызвалення Гомеля»: the town the
# anniversary is of (its liberation, founding or defence), right before the place
_WHAT_IS_MARKED = re.compile(r"(?:освобождени[яе]|основани[яе]|обороны|вызвалення|заснавання|абароны|liberation\s+of"
                             r"|founding\s+of|defen[cs]e\s+of)(?:\s+(?:столицы|города|горада|сталіцы|the\s+city"
                             r"|the\s+capital)(?:\s*[—–-]\s*(?:города|горада)|,)?)?\s+(?:the\s+)?$", re.I)

# «посетила Минск и ряд регионов республики», "to Minsk and various regions of the Republic", «наведала Гомель і
# раёны вобласці»: the list goes on past what it names, to the regions (→ the country) or districts (→ the region)
_AND_MORE = re.compile(r"\s*(?:,\s*)?(?:и|і|and)\s+(?:(?:другие|другим|других|ряд|ряда|различные|различных|разные|многие"
                       r"|несколько|іншыя|іншых|шэраг|розныя|розных|other|various|several|many|a\s+number\s+of)\s+)?"
                       r"(?:(?P<wide>регион\w*|област\w*|рэгіён\w*|вобласц\w*|regions?\b|provinces?\b)"
                       r"|(?P<near>район\w*|город\w*|раён\w*|гарад\w*|districts?\b|towns?\b|cities\b))", re.I)


def _end_of(text: str, place: tuple[int, str]) -> int:
    """Where the word (or words) of a place found at ``place[0]`` end in ``text`` (its inflected ending included)."""
    words = len(place[1].split())
    m = re.match(r"\S+" + r"\s+\S+" * (words - 1), text[place[0]:])
    return place[0] + (len(m.group().rstrip(",.;:")) if m else len(place[1]))


def _holding_more(listed: list[str], more: re.Match) -> str | None:
    """The region (districts, towns go on the list) or the country (regions do) that holds a list going on."""
    if more.group("near") and (region := holding(listed) if len(listed) > 1 else party_of_place(listed[0])) \
            and region not in (BELARUS, RUSSIA) and region != listed[0]:
        return region
    countries = {is_belarusian(p) for p in listed}
    return None if len(countries) != 1 else "Беларусь" if countries.pop() else "Россия"


def _listed(text: str, places: list[tuple[int, str]]) -> list[str]:
    """«посетила Оршу, Полоцк и Витебск»: the places of one list (the first and those joined to it)."""
    out = [places[0][1]]
    for (a, name_a), (b, name_b) in zip(places, places[1:], strict=False):
        gap = text[a + len(name_a) - 2: b]  # the first's inflected ending may be longer than its name
        if not _AND.fullmatch(re.sub(r"^\w*", "", gap)) and not _AND.fullmatch(re.sub(r"^[\w-]+", "", text[a:b])):
            break  # (and «в Орловскую и Курскую области»: two regions, one noun)
        out.append(name_b)
    return list(dict.fromkeys(out))


_OWN_NAME = re.compile(r"\S*(?:\s+[\w-]+){0,3}?\s*[«\"“]([^»\"”]{3,80})[»\"”]")


def _quoted_place(c: Cand, s: Sentence) -> str | None:
    """«Александрия собирает друзей»: a festival or fair named after its place; a forum too («инвестиционный форум
    «Могилевский район – территория возможностей»», "the forum “Mogilev District – …”")."""
    if c.type not in ("festival", "fair") and not (c.type == "meeting" and s.low.startswith(("форум", "forum"),
                                                                                             c.pos - s.start)):
        return None
    q = _OWN_NAME.match(s.text, c.pos - s.start)  # (its own name, right after the word: not «… в рамках проекта
    if not q:  # «Мосты дружбы»» further on)
        return None
    for m in re.finditer(r"([A-ZА-ЯЁІЎ][\w'’-]+)(?:\s+[\w'’-]+)?", q.group(1)):
        name = (place_name(m.group()) if c.type == "meeting" else None) or place_name(m.group(1))
        if name and name not in COUNTRIES:
            return name
    return None


_EARLIER_AT = re.compile(r"(?:ранее|раней|раньше|previously|earlier|напомним)\b")


_PLURAL_TRIPS = re.compile(r"визиты|поездки|візіты|паездкі|visits|trips")


_SEVERAL_HELD = re.compile(r"митинг|мітынг|церемони|цырымоні|встреч|сустрэч|заседани|пасяджэнн|rall|ceremon|meetings"
                          r"|собрани|сходы|assemblies"
                          r"|sessions|торжеств|урачыстасц|ўрачыстасц|празднован|святкаванн|концерт|канцэрт|celebrations"
                          r"|festivities|concerts")  # («Главные торжества пройдут в Минске и Москве 4 апреля»)


def _one_per_place(c: Cand) -> list[Cand]:
    """«Митинги прошли в Гомеле и Брянске», "rallies were held in Gomel and Bryansk": a ceremony or meeting named
    in the plural and held in several places listed together is one record a place (GUIDE §3: parallel ceremonies
    in two cities are two). ``c`` keeps the first place; the copies for the others are returned."""
    if c.type not in ("commemoration", "meeting") or c.recurrence or c.base or c.body:
        return []
    at = c.pos - c.sent.start
    words = [w.strip(",;:.«»\"") for w in c.sent.low[at: at + 40].split()[:2]]  # («митинги, посвящённые …»)
    if not any(_SEVERAL_HELD.match(w) and plural_cue(w) for w in words):
        return []
    places = [p for p in places_in(c.sent.text) if p[1] not in COUNTRIES]
    listed = _listed(c.sent.text, places) if len(places) > 1 else []
    if len(listed) < 2 or c.location not in (None, *listed):
        return []
    c.location = c.body = listed[0]
    return [replace(c, location=p, body=p, sources=[c.sent], merged=[]) for p in listed[1:]]


def _placeless_into_places(events: list[Cand]) -> list[Cand]:
    """«Главные торжества пройдут в Минске и Москве 4 апреля … торжества пройдут в столицах двух стран 4 апреля»:
    a ceremony of no place on the day of ceremonies held one a place (:func:`_one_per_place`) is one of them, not a
    third."""
    out: list[Cand] = []
    for c in events:
        if c.type == "commemoration" and c.location is None and c.start and not (c.recurrence or c.base):
            split = [e for e in events if e is not c and e.type == c.type and e.start == c.start and e.body
                     and e.body == e.location]
            if len(split) > 1:
                _absorb(split[0], c)
                continue
        out.append(c)
    return out


# «пройдут в трёх городах Беларуси», "will be held in three cities of the Republic of Belarus": several places, the
# country or region that holds them named
_SEVERAL_TOWNS = re.compile(r"\b(?:в|во|у|ў|in)\s+(?:\d+|двух|трех|трёх|четырех|четырёх|пяти|нескольких|дзвюх|трох|чатырох"
                            r"|некалькіх|two|three|four|five|several)\s+(?:городах|регионах|областях|районах|гарадах"
                            r"|рэгіёнах|абласцях|раёнах|cities|towns|regions|districts)\b")


_SEVERAL_NOUNS = ("городах", "регионах", "областях", "районах", "гарадах", "рэгіёнах", "абласцях", "раёнах", "cities",
                  "towns", "regions", "districts")  # (looked for before the pattern: its words)


def _holder_of_several(c: Cand) -> str | None:
    """The country or region named right after «в трёх городах …» in any sentence of the event."""
    for x in c.sources:
        m = _SEVERAL_TOWNS.search(x.low) if any(w in x.low for w in _SEVERAL_NOUNS) else None
        if m:
            got = next((p for at, p in places_in(x.text) if m.end() <= at <= m.end() + 30
                        and (p in COUNTRIES or p.endswith((" область", " край")))), None)
            country = _COUNTRY_AFTER.match(x.low, m.end())
            return got or (("Беларусь" if country.group(1)[0] in "бb" else "Россия") if country else None)
    return None


_COUNTRY_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:республики\s+|рэспублікі\s+|republic\s+of\s+)?"
                            r"(беларус|белорусс|belarus|росси|расі|russia)")


def _toured(c: Cand) -> bool:
    """A visit to several places its sentence lists («поездка в Орловскую и Курскую области»), or an event held in
    several towns its sentence counts («в трёх городах Беларуси»), or a visit its sentence sends to a country («прибыла
    с рабочим визитом в Республику Беларусь», "on a working visit to the Republic of Belarus"): the country that holds
    them is its place, not one town where something else that month was held (GUIDE §6: the destination; several →
    the country holding them)."""
    if c.type == "visit" and c.location in COUNTRIES and _to_the_country(c.sent.text, c.location):
        return True
    if c.location in COUNTRIES and any(w in c.sent.low for w in _SEVERAL_NOUNS) and _SEVERAL_TOWNS.search(c.sent.low):
        return True
    cue = c.pos - c.sent.start
    if c.type != "visit" or _PLURAL_TRIPS.match(c.sent.low, cue):
        return False  # («Визиты в Минск и Гомель …»: the two visits, each recorded by its town)
    after = [p for p in places_in(c.sent.text) if p[0] >= cue]
    if after and c.location in COUNTRIES and _AND_MORE.match(
            c.sent.text, _end_of(c.sent.text, after[len(_listed(c.sent.text, after)) - 1])):
        return True  # («посетила Минск и ряд регионов республики»: the towns named and more)
    return len(after) > 1 and len(_listed(c.sent.text, after)) > 1


# «в Беларусь», «в Республику Беларусь», «у Расію», "to the Republic of Belarus": a country as where one goes (the
# accusative: «в Беларуси» says where something is)
_TO_A_COUNTRY = re.compile(r"(?i)(?<![\w-])(?:(?:в|во|у|ў)\s+(?:республику\s+|рэспубліку\s+)?(?:беларусь|белоруссию|россию"
                           r"|расію|расею)|to\s+(?:the\s+)?(?:republic\s+of\s+)?(?:belarus|russia))(?![\w-])")


def _to_the_country(text: str, country: str) -> bool:
    """The sentence sends someone to ``country`` («с визитом в Республику Беларусь прибыла делегация»)."""
    return any(place_name(m.group().split()[-1]) == country for m in _TO_A_COUNTRY.finditer(text)) \
        or _republic_gone_to(text) == country


# «прибыл в республику», «прыехаў у рэспубліку», "arrived in the republic": the republic the sentence has named
_THE_REPUBLIC = re.compile(r"(?i)(?<![\w-])(?:(?:в|во|у|ў)\s+(?:республику|рэспубліку)|(?:to|in)\s+the\s+republic)(?![\w-])")
_COUNTRY_NAMED = re.compile(r"(?i)(?<![\w-])(?:беларус\w*|белорус\w*|belarus\w*|росси\w*|расі\w*|russia\w*)(?![\w-])")
_OTHER_REPUBLIC = re.compile(r"(?:[Рр]еспублик\w*|[Рр]эспублік\w*|[Rr]epublic\s+of)\s+(?!Беларусь|Belarus)[А-ЯЁІЎA-Z]")


def _republic_gone_to(text: str) -> str | None:
    """«Президент Беларуси встретился с губернатором, который прибыл в республику с рабочим визитом»: the country the
    sentence names before «в республику» (one, and no other republic named: «Республика Татарстан»)."""
    if not ("еспубл" in text or "эспублі" in text or "epublic" in text) or not (m := _THE_REPUBLIC.search(text)) \
            or _OTHER_REPUBLIC.search(text):
        return None
    named = {"Беларусь" if x.group()[:1] in "БбBb" else "Россия" for x in _COUNTRY_NAMED.finditer(text, 0, m.start())}
    # (the country's name or its adjective: «Президент Беларуси», "Belarusian President")
    return named.pop() if len(named) == 1 else None


_AT_A_VENUE = ("commemoration", "meeting", "festival", "fair")
_NAMED_VENUE = re.compile(r"(?i)\b(?:мемориал|комплекс|музе|парк|памятник|монумент|курган|двор[ец]|театр|мемарыял"
                          r"|помнік|манумент|memorial|complex|museum|park|monument)\w*\s+[«\"“]([^»\"”]{3,60})[»\"”]")


def _named_venue_elsewhere(c: Cand, sents: list[Sentence]) -> str | None:
    """«возложил цветы к мемориалу "Курская битва"» where another sentence says «на мемориале "Курская битва" в
    Понырях»: a venue named in quotes is where the text puts it, in whichever sentence it does."""
    if not ("«" in c.sent.text or '"' in c.sent.text or "“" in c.sent.text):
        return None
    cue = c.pos - c.sent.start
    named = min(_NAMED_VENUE.finditer(c.sent.text), key=lambda m: abs(m.start() - cue), default=None)
    if named is None:
        return None
    name = named.group(1)
    for s in sents:
        at = s.text.find(name)
        while at >= 0:
            end = at + len(name) + 1
            got = next((p for i, p in places_in(s.text) if end <= i <= end + 12 and p not in COUNTRIES), None)
            if got:  # («… "Курская битва" в Понырях»: the place right after the name)
                return got
            at = s.text.find(name, at + 1)
    return None


def _venues_by_year(events: list[Cand]) -> dict[str, list[str]]:
    """A visit to a country took place where its meetings did (in that country, in its year)."""
    out: dict[str, list[str]] = {}
    for c in events:
        if c.type in ("meeting", "festival", "fair") and c.location and c.location not in COUNTRIES and c.start \
                and not _EARLIER_AT.match(c.sent.low):  # «Ранее мы сообщали, что в Железногорске прошла ярмарка»
            out.setdefault(c.start[:4], []).append(c.location)
    return out


# --- merging ----------------------------------------------------------------------------------

def _signature(c: Cand) -> frozenset[str]:
    """Who the candidate names; in a Belarusian or English text only people with a role, as a name alone there
    is read less surely (it is the name's spelling that says it is one)."""
    return frozenset(p.split(",")[0] for p in c.people if c.lang == "ru" or ", " in p)


_REFERS = re.compile(r"(?:в ходе|в рамках|во время|по итогам|программ\w*|during|in the course of|following the|as part of"
                     r"|within the framework of"
                     r"|падчас|[уў] рамках|[уў] ходзе|(?:в|во|на|у|ў|on) (?:the )?(?:перв|втор|трет|последн|заключ|перш|друг"
                     r"|трэц|апошн|first|second|third|last|final)\w* (?:день|дзень|day(?: of)?))\s+"
                     r"(?:(?:перв|втор|трет|последн|заключ|перш|друг|трэц|апошн)\w+\s+дня\s+|(?:the\s+)?(?:first|second|third"
                     r"|last|final)\s+day\s+of\s+)?"
                     r"(?:[а-яёіў]+(?:ого|его|ой|ей|ых|их|ага|яга|ай)\s+|(?:the|his|her|their)\s+"
                     r"(?:[a-z]+\s+)?)?$")  # («в рамках рабочей поездки», "during the working visit", «в ходе первого дня
# визита», «в первый день визита», "on the first day of the visit")




def _this_one(c: Cand) -> bool:
    """«По итогам этого визита», "following this visit": a demonstrative points at the event already told."""
    at = c.pos - c.sent.start
    return not c.sent.headline and bool(THIS_ONE.search(c.sent.low, max(0, at - 24), at))


def _refers(c: Cand) -> bool:
    """«в рамках визита», «программа визита»: the cue names the event the text is about, not a new one."""
    at = c.pos - c.sent.start
    return not c.sent.headline and bool(_REFERS.search(c.sent.low, max(0, at - 32), at))


def _ceremony(c: Cand) -> bool:
    """A commemoration that is a ceremony (a wreath-laying, a rally), not the day or anniversary it is held for
    (an anniversary of something the lexicon does not date, «757-я годовщина со дня своего основания», included)."""
    return c.type == "commemoration" and not c.base and not c.recurrence and not c.first_year \
        and not ANNIVERSARY.match(c.sent.low, c.pos - c.sent.start)


# what a ceremony is, by the first of its words after the cue: flowers or wreaths laid, a rally, a concert, a solemn
# assembly, a capsule laid, a memorial (a monument, a plaque, a stone) opened
_CEREMONY_KIND = re.compile(r"(возлож|[уў]скла|wreath|flower|цвет|венк|венок|кветк|кветак|вянок|вянк|гирлянд|гірлянд"
                            r"|подножи|падножж)|(митинг|мітынг|rally|шестви|шэсц|procession)|(концерт|канцэрт|concert)"
                            r"|(собрани|сход|assembly|solemn meeting)"
                            r"|(капсул|capsule)|(памятник|помнік|мемориал|мемарыял|доск|дошк|plaque|monument|memorial (?:stone|sign)"
                            r"|бюст|стел|знак|камен|камн|камян)")  # (a "memorial ceremony" is no memorial)


def _years_counted(c: Cand) -> str | None:
    """The number of years an anniversary's cue counts («900» of «900-летие», "900th anniversary"), None for another cue."""
    m = ANNIVERSARY.match(c.sent.low, c.pos - c.sent.start)
    return m.group(1) if m is not None else None


def _same_anniversary(a: Cand, b: Cand) -> bool:
    """«Гомель отметил 80-летие освобождения» over «… 80-летие освобождения от немецко-фашистских захватчиков» the
    lexicon dates: one anniversary named shorter — the same number, and the undated one's next word the dated base's."""
    dated, other = (a, b) if a.base else (b, a)
    ma = ANNIVERSARY.match(dated.sent.low, dated.pos - dated.sent.start)
    mb = ANNIVERSARY.match(other.sent.low, other.pos - other.sent.start)
    if not dated.base or ma is None or mb is None or ma.group(1) is None or ma.group(1) != mb.group(1):
        return False
    word = other.sent.low[mb.end():].split()[:1]
    return bool(word) and (dated.sent.low[ma.end():].split()[:1] == word)


def _ceremony_kind(c: Cand) -> int | None:
    """Which ceremony a commemoration's cue names (``_CEREMONY_KIND``'s group), None for a day, an anniversary or
    a ceremony named by no such word («торжества», "the celebrations")."""
    if not _ceremony(c):
        return None
    at = c.pos - c.sent.start
    got = _CEREMONY_KIND.search(c.sent.low, at, at + 40)
    return got.lastindex if got is not None else None


def _plenary(c: Cand) -> bool:
    at = c.pos - c.sent.start
    return c.type == "meeting" and bool(_PLENARY_AT.search(c.sent.low, max(0, at - 12), at + 10))


_PLENARY_AT = re.compile(r"пленарн|plenary|заключительн\w* (?:пленарн\w* )?(?:заседани|сесси)|заключн\w* пасяджэнн"
                         r"|final (?:plenary )?session|closing (?:plenary )?session")  # (a forum's final session: its plenary)


_SOMEONE = re.compile(r"(?i)(?:\s+[\w-]+){0,4}?\s+(?:мэр|губернатор|глав|председател|посл|министр|старшын|кіраўнік"
                      r"|губернатар|пасл|mayor|governor|head|chairman|chairperson|ambassador|minister|president"
                      r"|президент|прэзідэнт)")


_SETTING_OF = re.compile(r"(?:\bна|\bat(?: the| a)?|\bduring(?: the| a)?|\bпадчас)\s+$")


def _talks_with_someone(c: Cand) -> bool:
    """«встретился с новым главой Курска», "met the new Kursk mayor": talks with a counterpart named by office."""
    if kind(c) != "meeting":
        return False
    at = c.pos - c.sent.start
    if _SETTING_OF.search(c.sent.low, max(0, at - 8), at):
        return False  # «сообщил … на встрече с губернатором»: where something was said, told with the forum
    return bool(_SOMEONE.match(c.sent.text, c.sent.text.find(" ", at)))


def _counterpart(c: Cand) -> str | None:
    """The person a meeting is held with («встретился с послом России Борисом Грызловым» → «Борис Грызлов»):
    the first named after «с/with» within a few words of the cue."""
    if c.type != "meeting":
        return None
    at = c.pos - c.sent.start
    w = WITH.search(c.sent.text, at, at + 40)
    if w is None:
        return None
    return next((name for pos, name, _ in people_in(c.sent.text, c.lang) if w.end() <= pos < w.end() + 120), None)


_OFFICE_ROLE = re.compile(rf"(?i)(?:the\s+)?({ROLES})")
# the office's own noun after a role: «главой государства», «намеснікам мэра», "the head of state", «Premier of the
# Government» (a region or person after it names whose office, not which)
_OFFICE_OF = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(государств|правительств|урад|мэр|старшын|председател|кіраўнік|дзяржав|state"
                        r"|government|city|mayor)\w*", re.I)


def _counterpart_office(c: Cand) -> str | None:
    """The office a meeting is held with, where no person is named: «с главой государства» → «глав государств»,
    «з намеснікам мэра» → «наме мэр»."""
    if c.type != "meeting":
        return None
    at = c.pos - c.sent.start
    w = WITH.search(c.sent.text, at, at + 40)
    role = _OFFICE_ROLE.match(c.sent.text, w.end()) if w is not None else None
    if role is None:
        return None
    of = _OFFICE_OF.match(c.sent.text, role.end())
    return fold(role.group(1))[:4] + (" " + fold(of.group(1))[:5] if of else "")


def _traveller(c: Cand) -> str | None:
    """The person named just before a trip's verb («Заместитель мэра Инна Елецкая отправится в Гомель»), in the
    candidate or in one it has absorbed."""
    if c.type != "visit":
        return None
    for x in (c, *c.merged):
        at = x.pos - x.sent.start
        if TRAVELS_RX.match(x.sent.low, at):
            name = next((n for pos, n, _ in reversed(people_in(x.sent.text[:at], x.lang)) if at - pos < 100), None)
            if name:
                return name
    return None


_SEPARATE = re.compile(r"(?:отдельн|асобн|separate|двусторонн|двухбаков|bilateral|one-on-one|тет-а-тет|тэт-а-тэт)\S*\s+"
                       r"(?:\S+\s+)?$")


def _sides_apart(a: Cand, b: Cand) -> bool:
    """:func:`_other_sides` for candidates not placed yet (read from their sentences)."""
    return _on_two_sides(a.location or _location(a, a.sent), b.location or _location(b, b.sent))


def _other_sides(a: Cand, b: Cand) -> bool:
    """Two events placed on the two sides: one in Belarus, the other in Russia."""
    return _on_two_sides(a.location, b.location)


def _on_two_sides(pa: str | None, pb: str | None) -> bool:
    ca, cb = (country_of(pa) if pa else None), (country_of(pb) if pb else None)
    return bool(ca and cb and ca != cb)


def _edition(c: Cand) -> str | None:
    """The edition number a forum's mention carries right before its noun («на X Форуме», «11-м форуме»), in Roman."""
    cue = c.pos - c.sent.start
    ed = _EDITION.search(c.sent.text, max(0, cue - 12), cue)
    if ed is None:
        return None
    return ed.group(1) or (_to_roman(int(ed.group(2))) if 0 < int(ed.group(2)) < 90 else None)


def _compatible(a: Cand, b: Cand) -> bool:
    if a.base and b.base and a.base != b.base:
        return False
    if a.sent is not b.sent and (_another_like_it(a) or _another_like_it(b)):
        return False  # "At the same time, a similar rally was held in Smolensk", «аналогичный митинг прошёл в
        # Смоленске»: another one of the kind, not the one told before (GUIDE §3: parallel ceremonies are two)
    if _years_apart(a, b) or _years_apart(b, a):
        return False
    if kind(a) == kind(b) == "forum" and (edition := _edition(a)) is not None and edition == _edition(b):
        return True  # «на X Форуме регионов … По итогам X Форума регионов»: one edition of one forum, whoever speaks
    if (a.body or b.body) and a.body != b.body and not (_refers(a) or _refers(b)):
        return False  # talks at the government and talks at the executive committee: neither is the talks named before
    if a.type == "visit" and a.location != b.location and a.location not in COUNTRIES \
            and b.location not in COUNTRIES and (ta := _traveller(a)) and (tb := _traveller(b)) and ta != tb:
        return False  # two officials setting off for two towns are two visits
    if a.type == "visit" and not a.sent.headline and not b.sent.headline and _other_sides(a, b) \
            and not (_this_one(a) or _this_one(b)):  # («По итогам этого визита …»: the trip told, whatever is named)
        return False  # «глава города побывал в Минске … Делегация из Беларуси прибыла в Ульяновск»: a trip to each side
    if _plenary(a) != _plenary(b) or kind(a) != kind(b) and "by-type" not in (a.how, b.how):
        return False  # a forum's plenary session, and talks held at it, are records of their own (GUIDE §3)
    if {kind(a), kind(b)} == {"forum", "meeting"} and any(_talks_with_someone(x) or _SEPARATE.search(
            x.sent.low, max(0, x.pos - x.sent.start - 30), x.pos - x.sent.start) for x in (a, b)):
        return False  # "on the sidelines of the forum he met the new Kursk mayor", «проведут отдельную встречу»: talks
        # of their own (GUIDE §3)
    if a.type == "commemoration" and _ceremony(a) != _ceremony(b) \
            and any(x.explicit or x.location or x.start and len(x.start) == 10 for x in (a, b) if _ceremony(x)):
        return False  # the anniversary is one record, the wreath-laying at a venue of its own another (GUIDE §4.5)
    if a.type == "commemoration" and (ka := _ceremony_kind(a)) and (kb := _ceremony_kind(b)) and ka != kb:
        return False  # a rally, the wreaths laid after it and the evening's concert are three records (GUIDE §3)
    if a.type == "commemoration" and _laid_at_a_memorial(a) != _laid_at_a_memorial(b) and _ceremony(a) and _ceremony(b) \
            and any(_festivities(x) for x in (a, b)):
        return False  # «прошли праздничные мероприятия … Гости возложили цветы к Вечному огню»: the festivities and
        # the flowers laid at a memorial of its own (GUIDE §3: a ceremony with a venue of its own)
    if a.type == "commemoration" and not _ceremony(a) and not _ceremony(b) \
            and bool(a.base or a.recurrence) != bool(b.base or b.recurrence) and not _same_anniversary(a, b):
        return False  # a day or a dated anniversary and an anniversary the lexicon cannot date are two observances
    if a.type == "commemoration" and (na_ := _years_counted(a)) and (nb_ := _years_counted(b)) and na_ != nb_:
        return False  # «отметили 900-летие города и 600-летие государственных связей»: two anniversaries
    if a.type in ("fair", "festival") and a.explicit and b.explicit and a.start and b.start and a.location and b.location \
            and a.location != b.location \
            and a.location not in COUNTRIES and b.location not in COUNTRIES \
            and (pa := party_of_place(a.location)) and (pb := party_of_place(b.location)) and pa != pb:
        return False  # «В субботу в Могилёве прошла ярмарка. В тот же день в Смоленске открылась выставка-ярмарка»: two
    na, nb = _gathering_name(a), _gathering_name(b)
    if na and nb and na != nb:
        return False  # «Дни Вологодской области» and the festival «Город ремесел»: two festivals, each by its name
    ca, cb = _counterpart(a), _counterpart(b)
    if ca and cb and ca != cb:
        return False  # talks «с послом … Грызловым» and «с президентом … Лукашенко» are two meetings (GUIDE §3)
    if not (ca or cb) and (office_a := _counterpart_office(a)) and (office_b := _counterpart_office(b)) \
            and office_a != office_b:
        return False  # «переговоры с главой государства …», «встреча с премьер-министром» named by office: two
    sa, sb = _signature(a), _signature(b)
    if sa and sb and not sa & sb and not (
            # a later mention of the same event («На встрече …», «Программа визита предусматривает …»)
            a.type != "agreement" and ("by-type" in (a.how, b.how) or _refers(a) or _refers(b))):
        return False
    if a.type == "agreement" and a.title != b.title:
        # «соглашение о приграничном сотрудничестве» and «соглашение об установлении связей» are two documents,
        # and so are a road map and a protocol signed the same day
        oa, ob = _ABOUT.search(a.title), _ABOUT.search(b.title)
        if oa and ob and oa.group(1)[:5].lower() != ob.group(1)[:5].lower():
            return False
        da, db = _DOC_NOUN.match(a.title), _DOC_NOUN.match(b.title)
        if da and db and da.group(1)[:5].lower() != db.group(1)[:5].lower() and not _GENERIC.search(a.title + b.title) \
                and not _named_back(a, b, oa, ob):
            return False
    return True


def _named_back(a: Cand, b: Cand, oa: re.Match[str] | None, ob: re.Match[str] | None) -> bool:
    """«… чтобы подписать договор о намерениях. … Соглашение подписали председатель … и глава …»: a later signing of
    a bare paper noun (no «о …» of its own, no date of its own) names again the paper told with its subject just
    before, on its day."""
    first, then, about = (a, b, ob) if a.pos < b.pos else (b, a, oa)
    noun = _DOC_NOUN.match(then.title)
    return about is None and noun is not None and noun.group(1)[:5].lower() in _BARE_PAPERS \
        and then.how in ("by-type", "inherited") and then.start == first.start and then.sent.start - first.sent.end < 400


# (a road map, a plan, a memorandum named so is a paper of its own)
_BARE_PAPERS = ("согла", "докум", "догов", "пагад", "дакум", "дагав", "agree", "docum")


_QUOTED_AFTER = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s*[«\"“]([^»\"”]{2,60})")
_DAYS_WORD = re.compile(r"(?:дн|дзен|days\b)\w*\s+(?:of\s+(?:the\s+)?)?"
                        r"(?:(?:республики|рэспублікі|republic)\s+(?:of\s+)?)?([\w-]{3,})")
# («Дни Республики Тыва» are named by «Тыва»; «Дни культуры Республики Тыва» by no word of a place, so the two are one)


def _gathering_name(c: Cand) -> str | None:
    """What names a festival or fair at its cue: the place of «Дни Вологодской области», "Days of Minsk", or the
    name in quotes after the word («фестиваль «Город ремесел»»), its first letters; None where nothing names it."""
    if c.type not in ("festival", "fair"):
        return None
    at = c.pos - c.sent.start
    return _name_at(c.sent.low, at) or next((name for rx, name in _KNOWN_FESTIVALS
                                             if rx.search(c.sent.low, max(0, at - 25), at + 60)), None)


# the festivals known by name, whatever the language or quotes: "festival of arts Slavianski Bazaar", "Slavianski
# Bazaar festival"
_KNOWN_FESTIVALS = [(re.compile(p), name[:6].lower()) for p, name in FESTIVAL_NAMES]


@lru_cache(maxsize=4096)  # (asked for each pair of candidates the merge compares)
def _name_at(low: str, at: int) -> str | None:
    if low.startswith(("days", "city days"), at) and not low.startswith("days of", at):
        before = low[max(0, at - 40): at].split()  # "Minsk Days are running", "the Minsk City Days": the word before
        return "days " + before[-1][:5] if before else None
    if days := _DAYS_WORD.match(low, at):  # (a generic word alone names none: «с Днём города»)
        return None if days.group(1).startswith(("город", "горад", "city", "республик", "рэспублік", "republic", "культур",
                                                 "culture", "регион", "рэгіён", "region", "област", "вобласц", "oblast",
                                                 "края", "краю", "territor")) \
            else "days " + days.group(1)[:5]
    quoted = _QUOTED_AFTER.match(low, at)
    return quoted.group(1)[:6] if quoted else None


def _years_apart(old: Cand, now: Cand) -> bool:
    """«Пятьдесят лет назад, в 1969 году … был впервые проведен фестиваль» and «50-й фестиваль решили провести в
    Брянске», told on the day of the text: an event the text dates years back is history (GUIDE §4), and the one
    of the text's own day another event of that kind."""
    then, today = (old.start or "")[:4], (now.start or "")[:4]
    if old.how == "mention" and now.start is None and now.sent is not old.sent and then.isdigit() \
            and _FIRST_HELD.search(old.sent.low):
        return True  # (… and «А 50-й фестиваль решили провести в Брянске», its day not said: not the first one)
    if old.how == "mention" and now.how in ("default", "live") and then.isdigit() and today.isdigit() \
            and then < today and "(" in old.sent.low and _in_parens(old.sent.low, old.pos - old.sent.start) \
            and not (now.sent is old.sent and _in_parens(now.sent.low, now.pos - now.sent.start)):
        return True  # «(первое заседание состоялось в апреле прошлого года, во время визита …)»: an aside's earlier
        # year is background, and the report's own trip another
    return old.how == "mention" and now.how in ("default", "live") and then.isdigit() and today.isdigit() \
        and int(today) - int(then) >= 3


_FIRST_HELD = re.compile(r"\b(?:впервые|упершыню|for the first time|first held|лет назад|гадоў таму|years ago)\b")


_LASTING = ("forum", "fair", "festival", "visit")  # what lasts days and keeps its name through them
_SCAN = 64  # how far merging looks for a twin (keeps long documents linear)
# the next edition of a meeting, announced: never the one reported
_NEXT = re.compile(r"(?:очередн|следующ|ближайш|новое|новая|новый|next|upcoming|чарговы|чарговае|наступн"
                   r"|предыдущ|прошлогодн|previous|папярэдн)\w*"
                   r"(?:\s+[\w-]+)?\s+$")


# a verb of beginning or holding before the noun: «Начнется фестиваль 24 июня», «Пачнецца фестываль»
_OPENS_VERB = re.compile(r"(?:начн\w+|пройд\w+|откро\w+|старту\w+|состоит?ся|пачн\w+|адкры\w+|адбудзецца)")


def _as_day(value: str) -> date:
    """A day value as a date to count with; a day of a year the text leaves unknown («XXXX-10-14») in a leap year."""
    return date.fromisoformat("2000" + value[4:] if value.startswith("XXXX") else value)


def _merge(cands: list[Cand], pub: str | None = None) -> list[Cand]:
    events: list[Cand] = []
    by_key: dict[tuple[str, str | None], list[Cand]] = {}
    by_type: dict[str, list[Cand]] = {}  # sorted by position

    def add(c: Cand) -> None:
        events.append(c)
        by_key.setdefault((c.type, c.start), []).append(c)
        bisect.insort(by_type.setdefault(c.type, []), c, key=_pos)

    for c in (c for c in cands if c.explicit and not c.sent.headline):
        twin = next((e for e in reversed(by_key.get((c.type, c.start), [])[-_SCAN:])
                     if e.end in (None, c.end) and _compatible(e, c)), None)
        if twin is None and c.start and kind(c) in ("forum", "festival", "fair"):
            # "The Forum … in 2024 will be held at the highest level … In late June, the Forum will be held …": one
            # gathering a year under one name, dated by its year (or month: «Дні … пройдуць у красавіку … 19-21
            # красавіка») and then finer
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and kind(e) == kind(c)
                         and (e.start != c.start and (c.start.startswith(e.start) or e.start.startswith(c.start)))
                         and len(min(e.start, c.start, key=len)) < 10 and _compatible(e, c)
                         and (not e.location or not c.location or e.location == c.location)), None)
            if twin is not None and len(c.start) > len(twin.start or ""):
                twin.start, twin.end, twin.how = c.start, c.end, c.how
        if twin is None and c.start and c.end and kind(c) in ("forum", "festival", "fair"):
            # "will be held on June 27-28 … the forum, June 26-28, …": one gathering whose days the text gives twice;
            # its days are all those given
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and e.end
                         and len(e.start) == len(c.start) == len(e.end) == len(c.end) == 10
                         and e.start <= c.end and c.start <= e.end and kind(e) == kind(c) and _compatible(e, c)
                         and (not e.location or not c.location or e.location == c.location)), None)
            if twin is not None:
                twin.start, twin.end = min(twin.start or c.start, c.start), max(twin.end or c.end, c.end)
        if twin is None and c.start and not c.end and len(c.start) == 10 \
                and kind(c) in _LASTING and _CLOSE_AFTER.match(c.sent.low, c.pos - c.sent.start):
            # "The visit will end on 6 March", «Визит завершится 6 марта»: the close of the trip told before, its last
            # day — not a trip of its own (also of a year the text leaves unknown: «Форум завершится завтра»)
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and len(e.start) == 10
                         and e.start[:4] == c.start[:4] and e.start < c.start and kind(e) == kind(c)
                         and (_as_day(c.start) - _as_day(e.start)).days <= 31
                         and (not e.location or not c.location or e.location == c.location) and _compatible(e, c)), None)
            if twin is not None and (not twin.end or twin.end < c.start):
                twin.end = c.start
        if twin is None and c.type == "visit" and c.start and len(c.start) == 10:
            # «… открылся сегодня в рамках визита делегации Гомельской области … Делегация прибыла в Брянск 4 марта»:
            # the trip named as the frame, dated only to the month of the report, is the trip then dated
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and len(e.start) < 10
                         and c.start.startswith(e.start) and _refers(e) and _compatible(e, c)), None)
            if twin is not None:
                twin.start, twin.end, twin.how = c.start, c.end, c.how
        if twin is None and c.start and c.end and kind(c) in _LASTING and len(c.start) == len(c.end) == 10:
            # «18 марта принял делегацию … Гости прибыли накануне и пробудут до 20 марта»: a day told first, then the
            # days that hold it — one trip (or gathering), of those days
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and not e.end
                         and len(e.start) == 10 and c.start <= e.start <= c.end and kind(e) == kind(c)
                         and (not e.location or not c.location or e.location == c.location) and _compatible(e, c)), None)
            if twin is not None:  # (a span that runs from the report's day «до 28 августа» starts at the day told)
                twin.start, twin.end = (twin.start if c.start == pub else c.start), c.end
        if twin is None and c.end is None and c.start and kind(c) in _LASTING:
            # «The main work of the forum will begin on June 28»: a day inside the forum's 27–28 June is the forum
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.end and e.start
                         and len(e.start) == len(c.start) == len(e.end) and e.start <= c.start <= e.end
                         and kind(e) == kind(c) and _compatible(e, c)), None)
        if twin is None and c.type == "visit" and c.how == "mention" and c.start and len(c.start) < 10 and _refers(c):
            # «Учора ў Мазыр прыехалі госці … Падчас візіту, які завершыцца 21 студзеня, …»: the trip named as the frame,
            # dated only to the month of what is held in it, is the trip told, of that month
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and e.start != c.start
                         and e.start.startswith(c.start) and _compatible(e, c)), None)
        if twin is None and c.how != "mention" and c.type == "visit" and _refers(c):
            # «В рамках рабочей поездки Текслер также протестировал …»: the trip the text is about, its day borrowed
            # from the sentence before, is no second trip
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if _compatible(e, c)), None)
        if twin is None:
            twin = _days_of_one(by_type.get(c.type, [])[-_SCAN:], c)
        if twin is None and c.end and c.start and len(c.start) == 4 and kind(c) in _LASTING:
            # «3 июня делегация прибыла в Гомель. Визит продлится до 5 июня»: the days until then are of the one
            # begun before, not of another of that year
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if e.start and len(e.start) == 10
                         and e.start[:4] == c.start and e.start < c.end and e.end is None and kind(e) == kind(c)
                         and (not e.location or not c.location or e.location == c.location) and _compatible(e, c)), None)
            if twin is not None:
                twin.end = c.end
        if twin is None and c.hedged and (sites := _sites(c)):
            twin = next((e for e in reversed(by_type.get(c.type, [])[-_SCAN:]) if _same_site(e, c, sites)), None)
        if twin:
            _absorb(twin, c)
        else:
            add(c)
    rest = [c for c in cands if not c.explicit and not c.sent.headline] + [c for c in cands if c.sent.headline]
    for c in rest:  # the body first: a headline joins the body's event, never the other way round
        same = by_type.get(c.type, [])
        if c.how == "default" and not c.sent.headline and set_apart(c):
            add(c)  # «Ранее тульская делегация …»: an earlier happening, no mention of the one reported
            continue
        if c.how == "future" and not c.sent.headline and _NEXT.search(c.sent.low, max(0, c.pos - c.sent.start - 40),
                                                                     c.pos - c.sent.start):
            add(c)  # «Очередное заседание планируется провести в Брянске»: another event, not this one
            continue
        twin = next((e for e in same[:_SCAN] if _compatible(e, c)), None) if c.sent.headline else None
        if twin is None and c.sent.headline and c.type == "agreement":
            # «… подписали соглашение о сотрудничестве на 2024-2026 годы» over a body that reports «подписали план
            # мероприятий»: a headline sums up its body's one signing in other words
            body = [e for e in same if not e.sent.headline and e.start and (c.start or "")[:4] == e.start[:4]]
            twin = body[0] if len(body) == 1 and not (bool(_OTHER_PAPER.search(body[0].title))
                                                      ^ bool(_OTHER_PAPER.search(c.title))) else None
            # (a protocol under a headline's agreement may be a second paper; «заключил договор» over «подписали
            # меморандум» names the one paper loosely)
        if twin is not None:
            if twin.type != "plan" and c.title and not twin.sent.headline and _names_event(c) \
                    and not twin.title.startswith(c.title):  # «82-я годовщина освобождения» cut short
                twin.title = c.title
            if kind(twin) in _LASTING and _refers(twin) and c.how == "mention" and c.start and c.end and twin.start \
                    and not twin.end and len(c.start) == len(twin.start) == 10 and c.start <= twin.start <= (c.end or ""):
                # «Делегация примет участие в мероприятиях 21-22 июня в Бресте» over «В рамках визита делегации 22
                # июня покажут спектакль»: the day is the programme item's, the trip the headline's days
                twin.start, twin.end = c.start, c.end
            _absorb(twin, c)
            continue
        i = bisect.bisect_left(same, c.pos, key=_pos)
        twin = next((e for e in same[i:i + _SCAN] if e.how == "mention" and kind(e) == kind(c) and e.start
                     and c.start and e.start[:4] == c.start[:4] and e.start > c.start
                     and not (len(e.start) == len(c.start) == 10 and _days_apart(e, c) <= 2)  # (its next day, below)
                     and _compatible(e, c)), None) \
            if c.how == "default" and kind(c) in ("forum", "festival", "fair") else None
        # ("The main topic of the fourth forum is …" before "The Fourth Forum … will be held on June 29-30": a
        # gathering the report speaks of, then dates, is the one it dates, not one held on the report's day)
        twin = twin or next((e for e in reversed(same[max(0, i - _SCAN):i]) if _compatible(e, c)), None)
        if twin is not None:
            _absorb(twin, c)
            continue
        # an undated report merges forward only where the publication date says no more than the year
        referring = _refers(c) and not c.explicit  # «В рамках визита …» before the visit is dated
        ahead = next((e for e in same[i:i + _SCAN] if _compatible(e, c) and (referring or (
            (e.start or "")[:4] == (c.start or "")[:4]
            and (len(c.start or "") == 4 or e.start == c.start or _signature(e) & _signature(c)
                 or _names_it_again(e, c) or c.hedged and (_same_site(e, c, _sites(c)) or _only_one_there(e, c, same))
                 or _points_at(e, c, pub))))), None)
        if ahead is None and c.start is None and c.how in ("default", "live", "future") \
                and kind(c) in ("forum", "festival", "fair"):
            # «Магілёў прымае моладзевы форум … Форум разгорнецца … 6 верасня»: a gathering named with no date (the
            # report's day unknown) and dated further on is one gathering; so is one announced («Gomel completing
            # preparations for the festival … This year it will be held on June 25»)
            ahead = next((e for e in same[i:i + _SCAN] if e.start and kind(e) == kind(c) and _compatible(e, c)), None)
            referring = ahead is not None
        if ahead is None and c.start is None and c.how == "future" and (name := _gathering_name(c)) is not None:
            # "preparing for the forthcoming festival Slavianski Bazaar … to mark Union State Day on 17 July as part of
            # the Slavianski Bazaar": a festival named ahead and dated further on by its name is one festival
            ahead = next((e for e in same[i:i + _SCAN] if e.start and _gathering_name(e) == name
                          and _compatible(e, c)), None)
            referring = ahead is not None
        if ahead is None and c.how == "future" and c.start is None:
            # «Губернатор планирует встретиться с президентом. Встреча готовится в рамках визита … в конце марта»:
            # the next sentence names the announced event by its noun first and dates it
            ahead = next((e for e in same[i:i + _SCAN] if e.start and kind(e) == kind(c) and e.sent.line == c.sent.line
                          and 0 <= e.sent.start - c.sent.end < 5
                          and (e.sent.low[: e.pos - e.sent.start].strip() in ("", "the", "this", "эта", "гэтая")
                               or _OPENS_VERB.fullmatch(e.sent.low[: e.pos - e.sent.start].strip()))
                          and _compatible(e, c)), None)
            referring = ahead is not None
        if ahead is not None and (c.how == "default" or referring):
            if _names_it_again(ahead, c) or _points_at(ahead, c, pub):  # the event keeps the sentence and name that
                # first told it
                ahead.sent, ahead.pos, ahead.title = c.sent, c.pos, c.title
            _absorb(ahead, c)
        elif (ahead := _days_of_one(same[i:i + _SCAN], c)) is not None:
            _absorb(ahead, c)
        else:
            add(c)
    events.sort(key=_pos)
    return events


_AGAIN = re.compile(r"(?:памятн|торжественн|траурн|урачыст|memorial|solemn)\w*\s+(?:церемони|цырымоні|ceremony)")


# a site named by a town's word and a common noun: «на Кургане Дружбы», «у Монумента Славы», «на Поле Памяти»
_SITE = re.compile(r"(?<![\w-])(?:на|в|во|у|ў|к|ля|каля|возле|около)\s+([А-ЯЁІЎ][а-яёіў]+\s+[А-ЯЁІЎ][а-яёіў]+)")


def _sites(c: Cand) -> frozenset[str]:
    """The named sites (a monument, a memorial field) the candidate's sentence puts something at, by their stems."""
    return frozenset(" ".join(w[:5].lower() for w in m.group(1).split()) for m in _SITE.finditer(c.sent.text)
                     if (name := place_name(m.group(1).split()[0])) and object_named(m.group(1), name))


def _same_site(e: Cand, c: Cand, sites: frozenset[str]) -> bool:
    """«Руководство Пскова приняло участие во встрече на Кургане Дружбы» in a report of 8 July, and «встреча …
    состоялась в воскресенье, 7 июля, … на Кургане Дружбы»: an event the report dates only by its own day is the one
    dated at the same named site that year (GUIDE §3: one record per event)."""
    return e is not c and not e.hedged and bool(e.start) and (e.start or "")[:4] == (c.start or "")[:4] \
        and bool(sites & _sites(e)) and _compatible(e, c)


def _points_at(e: Cand, c: Cand, pub: str | None) -> bool:
    """«МИНСК, 2 октября (БЕЛТА) – … встретилась с …» and «В ходе встречи, состоявшейся 1 октября, …»: the event a
    dateline puts on the report's day, given a day of its own by the next sentence that points at it, is that one."""
    return bool(pub) and c.start == pub and bool(e.start) and len(e.start or "") == 10 and (e.start or "") < (pub or "") \
        and e.end is None and e.sent.line - c.sent.line <= 1 and kind(e) == kind(c) and _refers(e)


def _only_one_there(e: Cand, c: Cand, same: list[Cand]) -> bool:
    """«В Минске прошла встреча …» told on the report's day, and «Встреча состоялась 7 июля в Минске» further on: an
    event dated only by the report's day is the one event of its kind the text dates at the same town that year."""
    if not c.location or c.location != e.location or c.location in COUNTRIES or e.hedged or not e.start:
        return False
    return sum(1 for x in same if x.location == c.location and not x.hedged and x.start
               and x.start[:4] == e.start[:4] and x is not c) == 1


def _names_it_again(e: Cand, c: Cand) -> bool:
    """«Губернатор возложил цветы к Вечному огню. Памятная церемония прошла 21 ноября»: the next sentence of the
    paragraph names the same ceremony by a general word and dates it."""
    if e.sent.line != c.sent.line or e.sent.start <= c.sent.start or c.type != e.type:
        return False
    if c.type == "agreement":  # «Минск и Казань подписали программу … Программа была подписана в Казани 18 декабря»:
        # the paper just reported signed, named again first and dated
        return bool(_PAPER_AGAIN.match(e.sent.low)) and e.sent.start - c.sent.end < 5
    return c.type == "commemoration" and bool(_AGAIN.match(e.sent.low, e.pos - e.sent.start))


# a sentence opening on the paper just told: «Документ подписан …», «Программа была подписана …», "The programme was
# signed …"
_PAPER_AGAIN = re.compile(r"(?:the\s+|этот\s+|эта\s+|гэты\s+|гэтая\s+)?(?:документ|дакумент|соглашени|пагадненн|программ"
                          r"|праграм|план|договор|дагавор|меморандум|мемарандум|document|agreement|programme|program"
                          r"|plan|treaty|memorandum)\w*\s+(?:\S+\s+){0,2}?(?:подписан|падпісан|signed|was signed)")


def _days_of_one(known: list[Cand], c: Cand) -> Cand | None:
    """"The Sixth Forum … continues. … Yesterday the Forum was productive": a gathering's next or last day is the
    gathering, which then runs over both days (a forum, festival or fair, two days apart at most)."""
    if c.end is not None or not c.start or len(c.start) != 10 or kind(c) not in ("forum", "festival", "fair"):
        return None
    twin = next((e for e in reversed(known) if e.start and len(e.start) == 10 and kind(e) == kind(c)
                 and _days_apart(e, c) <= 2 and _compatible(e, c)
                 and (not e.location or not c.location or e.location == c.location)), None)
    if twin is not None and twin.start and c.start != twin.start \
            and not (c.how == "default" and twin.end and twin.end < c.start):
        # (but a report's day after the days the text gives the gathering, «Фестиваль прошёл 13 и 14 июля» read on
        # the 16th, is when it was told, not a day of it)
        twin.start, twin.end = min(twin.start, c.start), max(twin.end or twin.start, c.start)
    return twin


# documents of their own kind that no headline's «соглашение» or «план» stands for
_OTHER_PAPER = re.compile(r"(?i)протокол|меморандум|договор|пратакол|мемарандум|дагавор|protocol|memorandum|treaty")


def _names_event(c: Cand) -> bool:
    """A headline that opens with its event («Заседание рабочей группы …», «Курская делегация посетила …»)
    or is short is the event's title; «В преддверии Дня единения … пройдет совещание» is not."""
    return c.pos - c.sent.start <= 25 or len(c.sent.text.split()) <= 10


def _pos(c: Cand) -> int:
    return c.pos


def _days_apart(a: Cand, b: Cand) -> int:
    """Days between ``b``'s day and ``a``'s span (0 inside it); a large number where either is not a day."""
    try:
        day = date.fromisoformat(b.start or "")
        first, last = date.fromisoformat(a.start or ""), date.fromisoformat(a.end or a.start or "")
    except ValueError:
        return 999
    return 0 if first <= day <= last else min(abs((day - first).days), abs((day - last).days))


def _absorb(into: Cand, other: Cand) -> None:
    into.sources.append(other.sent)
    into.merged.append(other)
    into.location = into.location or other.location if into.type == "visit" else _finer(into.location, other.location)
    into.time = into.time or other.time
    into.people = into.people + tuple(p for p in other.people if p not in into.people)
    if into.start is None and other.start is not None:
        into.start, into.end, into.how = other.start, other.end, other.how
    elif into.end is None and other.end and into.start == other.start:  # «Ярмарка продлится до 23 июня»
        into.end = other.end


def _finer(place: str | None, other: str | None) -> str | None:
    """One record takes the finest place its mentions give (GUIDE §3): «ярмарка пройдёт в Карелии … в Петрозаводске»
    is in Petrozavodsk, a town of the region (or country) the other mention names. (Not a visit: its sentences may
    name one of several stops, GUIDE §6.)"""
    if place is None or other is None:
        return place or other
    return other if other not in COUNTRIES and holds(place, other) else place


def _best_title(c: Cand) -> str:
    """The first title of the event's mentions that says more than one word («Переговоры» → «Встреча с …»)."""
    first = ""
    for x in (c, *c.merged[:4]):
        if x.type == c.type and not x.title and not (x is not c and (_this_one(x) or _refers(x))):
            # (a mention that points back, «по итогам этого визита власти …», names nothing)
            t = cue_title(x)
            if len(t.split()) > 1:
                return t
            first = first or t
    return first


def _anniversary_title(c: Cand) -> str | None:
    """«80-летие освобождения Беларуси» from the anniversary's base event and its year."""
    m = re.fullmatch(r"(.+) \((\d+)\)", c.base or "")
    if not m or not c.start or not c.start[:4].isdigit():
        return None
    n = int(c.start[:4]) - int(m.group(2))
    words = m.group(1).split()
    first = words[0] if re.search(r"(?:ск|цк)(?:ая|ий|ое)$", words[0]) else words[0].lower()  # «Курская» stays
    head = nominative_phrase([first, *words[1:]], "gent")
    return f"{n}-летие {head}" if n > 0 else None


# a head that says what but not who: «Визит», «Рабочий визит в Гомель», «Встреча в Минске», «Визит делегации»
_PLAIN_HEAD = re.compile(r"((?:[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая) )?(?:[Вв]изит(?: делегации)?|[Вв]стреча|[Пп]ереговоры|поездка))"
                         r"(?: (?:в|во) [А-ЯЁ][\w-]+(?: [\w-]+)?)?")
_BELARUSIAN_LETTERS = re.compile(r"[іўІЎ]|\w'\w")
_DESTINATION = re.compile(r"\s(?:в|во|на)\s+[А-ЯЁа-яё«]")  # «… в Брянск», «… в столицу Беларуси»
_BARE_WORDS = re.compile(r"[\w«»\"-]+")
_SITTING_BODY = re.compile(r"(?:Группа|Комиссия|Совет|Рабочая группа)(?: |$)")  # a meeting titled by its body alone
_VISITORS = re.compile(r"(?:Гост[ьи]|Делегаци[яи]|Делегаты)(?: |$)")  # a visit's title that names its visitors only


_SIDES_MET = re.compile(r"(Встреча|Переговоры) представителей .+?( (?:в|во) [А-ЯЁ].*)?")
_WITH_OFFICE = re.compile(rf"(?i)(?<![\w-])(?:with|з|са|зь)\s+(?:the\s+)?((?:{ROLES})[^,.;:()«»\"]{{0,80}})")


def _office_met(c: Cand) -> str | None:
    """Whom a Belarusian or English meeting was held with, named by office only, in the Russian instrumental ("met
    with the Governor of the Kursk region" → «губернатором Курской области»)."""
    m = _WITH_OFFICE.search(c.sent.text, c.pos - c.sent.start)
    if m is None or people_in(m.group(1), c.lang):
        return None  # (an office with its holder's name is the counterpart's, titled elsewhere)
    office = foreign_role(m.group(1))
    if office is None or re.search(r"Минск|Москв|Петербург|Севастопол", office):
        return None  # («министр Минска»: a city is no side of an office here)
    first, _, rest = office.partition(" ")
    ablt = next((p.inflect({"ablt"}) for p in parses(first) if p.tag.case == "gent" and p.tag.POS == "NOUN"), None)
    return f"{ablt.word} {rest}" if ablt is not None else None


_CALLED_OFF = re.compile(r"(отмен|адмен|cancel)\w*|перенес\w*|перанес\w*|отложен\w*|адкладзен\w*|postpone\w*|put off")


def _not_russian(title: str) -> bool:
    """A word of ``title`` that pymorphy3's Russian dictionary does not know (a Belarusian word in a title)."""
    known = morph().word_is_known
    unquoted = re.sub(r"«[^»]*»|\"[^\"]*\"", " ", title)  # a name in quotes is written as it is
    words = _BARE_WORDS.findall(unquoted)
    return any(not known(w.lower().replace("ё", "е")) for i, w in enumerate(words)
               if w.isalpha() and len(w) > 3 and not (i and w[0].isupper()))  # (a person's name need not be known)


_WITH_HEAD = re.compile(r"((?:Рабочая |Двусторонняя |Официальная )?(?:Встреча|Переговоры|Беседа|Телефонный разговор"
                        r"|Телефонные переговоры))( (?:в|во) [А-ЯЁ][\w-]+)? с ")
_CITY_SIDE = re.compile(r"Минск|Москва|Санкт-Петербург|Севастополь")  # (a venue as often as a side: no side of a title)
_JOINT_BODY = re.compile(r"(?:Первое |Очередное |Выездное |Совместное )?(?:Заседание|Совещание) (?:\w+ ){0,2}"
                         r"(?:рабочей группы|комиссии|совета|подкомиссии)(?:\s|$)")
_IN_PLACE = re.compile(r"\s(?:в|во|на)\s+[А-ЯЁ]")
_SIDED = re.compile(r"\bмежду\b|\sс\s|\sсо\s|\bпобратим|\bи\s+[А-ЯЁ]|[А-ЯЁ]\w+\s+[—–-]\s+[А-ЯЁ]")
_TO_PLACE = re.compile(r"\s(?:в|во|на)\s+(?=[А-ЯЁ])")
_LED_WORDS = ("главе", "руководств", "чале", "headed", "led by", "Headed", "Led by")
_LED_BY = re.compile(r"(?i)(?:во главе со?|под руководством|на чале (?:з|са|зо)|headed by|led by)\s+")


_PLACE_FIRST = re.compile(r"((?:[А-ЯЁ][а-яё]+(?:ый|ий|ой) )?[Вв]изит) ((?:в|во|на) [А-ЯЁ][^«»]*?) ((?:официальн\w+ |белорусск\w+ "
                          r"|российск\w+ )?делегаци[ий] (?:[А-ЯЁ]|[а-яё]+(?:ой|ого) [А-ЯЁа-яё])[^«»]+)")  # (whose: «… Республики
# Беларусь», «… Брянской области»; not «делегации из 80 артистов», whose title other rules write)
_NOBODY_WENT = re.compile(r"((?:[А-ЯЁ][а-яё]+ )?[Вв]изит)(?: делегации)? ((?:в|во|на) .+)")
_HOSTING = re.compile(r"приним|принял|прыма|прыня|host|welcom")
_HOSTING_BEFORE = re.compile(r"(?:hosts?|hosted|hosting|welcom\w+|приня\w+|приним\w+|прыма\w+|прыня\w+)\s+(?:a\s+|the\s+)?$")


def _hosting(low: str, cue: int) -> bool:
    """The visit's words are a host's receiving guests («принимал гостей», "hosted the delegation")."""
    return bool(_HOSTING.match(low, cue) or _HOSTING_BEFORE.search(low, max(0, cue - 24), cue))
_VISIT_NOBODY = re.compile(r"((?:[А-ЯЁ]?[а-яё]+(?:ый|ой|ий) )?[Вв]изит) (?:в|во|на) ")  # («Дружественный визит в …»)
_OFFICE_HEAD = re.compile(rf"(?<![\w-])(?i:{ROLES})(?:\s+(?:of|the|[А-ЯЁІЎA-Z][\w’'-]*|(?i:област\w*|вобласц\w*|кра[яю]"
                          rf"|района|раёна|oblast|region|республики|рэспублікі|\w*исполком\w*|\w*выканкам\w*"
                          rf"|executive|committee)))*")
_NATION_LEADER = re.compile(r"(?i)(беларуск|белорусск|belarusian|российск|расійск|russian)\w*\s+(?:лідар|лидер|leader"
                            r"|president|прэзідэнт|президент)\w*(?:\s+\S+)?\s*$")


def _named_before(text: str, cue: int, lang: str, reach: int) -> tuple[str, str] | None:
    """(name, role) of the last person the sentence names within ``reach`` characters before its cue."""
    return next(((name, role) for pos, name, role in reversed(people_in(text, lang)) if 0 < cue - pos < reach), None)


def _visitor(text: str, cue: int, lang: str, location: str | None = None) -> str | None:
    """The person named right before a visit's words, in the Russian genitive with the role («губернатора
    Санкт-Петербурга Александра Беглова»), or None; not one whose office is of the ``location`` visited (the talks
    with him told before "and visited the tractor works" were held there: he is the host)."""
    if (named := _named_before(text, cue, lang, 100)) is None:
        return None
    name, role = named
    if location and hosts_there(role, location) or _surname_key(name.split()[-1]) in _inviters(text, lang):
        return None
    return person_genitive(f"{name}, {role}" if role and lang == "ru" else name) if lang == "ru" \
        else foreign_person(f"{name}, {role}" if role else name)


def _visitor_office(before: str, russian: bool, location: str | None = None) -> str | None:
    """The office a visit's sentence names before its verb, in the Russian genitive («губернатора Брянской области»,
    «президента Беларуси»), or None."""
    if lead := _NATION_LEADER.search(before[-80:]):
        return "президента " + ("Беларуси" if lead.group(1).lower().startswith(("бел", "bel")) else "России")
    office = next(reversed(list(_OFFICE_HEAD.finditer(before[-90:]))), None)
    if office is None or len(before[-90:]) - office.end() > 30:
        return None  # (the office must stand right before the visit's words)
    role = office.group().strip()
    role = role[:1].lower() + role[1:]  # («Губернатор …» opening the sentence: a common noun)
    if location and hosts_there(role, location):
        return None  # (the venue's own office: the host)
    field = _OFFICE_FIELD.match(before[-90:], office.end()) if russian and len(role.split()) == 1 else None
    if field:
        role = f"{role} {field.group(1)}"  # «министр промышленности Беларуси»: the office's field, then whose
    if russian:
        phrase = nominative_phrase(role.split(), "gent")
        whose = phrase.split()[-1] if field else phrase.split()[1] if len(phrase.split()) > 1 else ""
        return phrase if whose[:1].isupper() else None
    return foreign_role(role)


# an office's field in the genitive, then whose: «(министр) промышленности Беларуси», «(министр) иностранных дел России»
_OFFICE_FIELD = re.compile(r"\s+((?:[а-яё]+\s+){1,3}[А-ЯЁ][а-яё]+(?:\s+(?:области|края|республики))?)\s*$")


_BE_LETTERS = str.maketrans({"ў": "в", "і": "и", "э": "е", "'": "", "’": ""})


def _surname_key(word: str) -> str:
    """A surname in Latin letters, whatever its alphabet: «Беглов», «Беглоў», "Beglov" → beglov."""
    return fold(word).translate(_BE_LETTERS).translate(TO_LATIN)


# a capitalised word right before an event's words that may be a surname named in full before («Беглоў сустрэнецца»)
_BARE_SURNAME = re.compile(r"(?<![\w-])([A-ZА-ЯЁІЎ][a-zа-яёіў]{2,})\s+(?:\S+\s+){0,2}$")
# an office as the subject right before a meeting's words, its holder named elsewhere in the text
_OFFICE_WORDS = (r"(?i)(?<![\w-])(губернатор|губернатар|председател|старшын|президент|прэзідэнт|мэр|посол|governor"
                 r"|president|mayor|chairman|ambassador)\w*")
_OFFICE_SUBJECT = re.compile(_OFFICE_WORDS + r"\s+(?:\S+\s+){0,3}$")
_OFFICE_WORD = re.compile(_OFFICE_WORDS)


def _subject_holder(before: str, location: str | None, russian: bool,
                    holder: Callable[[str], tuple[str, str] | None]) -> str | None:
    """«В этот же день губернатор провёл переговоры с председателем облисполкома … и посетил тракторный завод»: the
    office first named in the sentence before a visit's verb (its subject), as the person the text names with it,
    in the Russian genitive; not the venue's own office (a host)."""
    office = _OFFICE_WORD.search(before)
    named = holder(fold(office.group(1))[:6]) if office else None
    if named is None or location and hosts_there(named[1], location):
        return None
    return person_genitive(f"{named[0]}, {named[1]}") if russian else foreign_person(f"{named[0]}, {named[1]}")


def _with_actors(c: Cand, title: str, parties: tuple[str, ...] = (),
                 holder: Callable[[str], tuple[str, str] | None] = lambda role: None) -> str:
    """Who acts, where the title leaves it out and the sentence names them: «Встреча с председателем облисполкома
    Павлом Сорокиным» → «Встреча губернатора Рязанской области Олега Зуева с председателем …» (the person named
    before the cue), «Визит делегации Тверской области в Слоним» → «… во главе с губернатором Игорем Лебедевым в
    Слоним» (the person the delegation is led by)."""
    text, cue = c.sent.text, c.pos - c.sent.start
    russian = c.lang == "ru"
    sides = across(tuple(p for p in parties if not _CITY_SIDE.fullmatch(p))) \
        if c.type in ("meeting", "agreement") and parties else None  # a Belarusian and a Russian one, no capital
    place = _IN_PLACE.search(title) if c.type == "meeting" and sides else None
    at = place.start() if place else len(title)
    if c.type == "meeting" and sides and _JOINT_BODY.match(title) and not _SIDED.search(title) \
            and not re.search(r"(?i)област|кра[яй]|республик|беларус|росси", title[:at]):
        # «Заседание совместной рабочей группы» → «… Беларусь — Курская область» (GUIDE §6's own example; «… в
        # Беларуси» is where, not who)
        joined = " и ".join(nominative_phrase(p.split(), "gent") for p in sides) \
            if title[:at].endswith("сотрудничеству") or title[:at].endswith("сотрудничества") else " — ".join(sides)
        return f"{title[:at]} {joined}{title[at:]}"  # («… по сотрудничеству Гомельской области и Брянской области»)
    if c.type == "agreement" and sides and not _SIDED.search(title):
        # «Подписание соглашения о сотрудничестве» → «… между Рязанской областью и Борисовским районом»: the two sides
        # of the cooperation the event belongs to, a Belarusian and a Russian one
        return f"{title} между {' и '.join(nominative_phrase(p.split(), 'ablt') for p in sides)}"
    if c.type == "meeting" and (m := _WITH_HEAD.match(title)):
        named = _named_before(text, cue, c.lang, 160)
        if named is None and (office := _OFFICE_SUBJECT.search(text, max(0, cue - 60), cue)):
            named = holder(fold(office.group(1))[:6])  # «Губернатор также встретится с …»: the governor the text
            # has named before
        if named is None and (surname := _BARE_SURNAME.search(text, max(0, cue - 40), cue)):
            named = holder("@" + _surname_key(surname.group(1)))  # «Беглов встретится с …»: the governor named in full before
        if named is None and russian and (post := _visitor_office(text[:cue], True)) and post.split()[-1][:5] not in title:
            # «губернатор Брянской области встретился с председателем …», no name anywhere: the office itself
            return f"{m.group(1)} {post} с {title[m.end():]}{m.group(2) or ''}"
        if named is not None:
            name, role = named
            who = person_genitive(f"{name}, {role}" if role and russian else name) if russian or not role \
                else foreign_person(f"{name}, {role}")  # (a Belarusian or English office by its Russian words)
            if who and name.split()[-1][:4] not in title:
                return f"{m.group(1)} {who} с {title[m.end():]}{m.group(2) or ''}"  # («Встреча в Минске с …»: the
                # place after whom)
    if c.type == "visit" and (bare := _VISIT_NOBODY.match(title)) and not _hosting(c.sent.low, cue) \
            and (who := _visitor(text, cue, c.lang, c.location) or _visitor_office(text[:cue], russian, c.location)
                 or _subject_holder(text[:cue], c.location, russian, holder)):
        # (but «Глава республики принимал гостей», "the governor welcomed the delegation": the host, not the guest)
        # «Визит в Гомель» → «Визит губернатора Брянской области в Гомель»: an office named without its holder's
        # name; «Беларускі лідар прыбыў у Казань» → «Визит президента Беларуси в Казань»
        return f"{bare.group(1)} {who} {title[bare.end(1) + 1:]}"
    if c.type == "visit" and "делегаци" in title and "во главе" not in title:
        for x in c.sources:
            led = _LED_BY.search(x.text) if any(w in x.text for w in _LED_WORDS) else None
            if led is None:
                continue
            leader = next(((n, r) for pos, n, r in people_in(x.text, c.lang) if 0 <= pos - led.end() < 100), None)
            if leader is None:
                break
            who = instrumental(f"{leader[0]}, {leader[1]}" if leader[1] else leader[0], russian) \
                or instrumental(leader[0], True)
            if not who or leader[0].split()[-1][:4] in title:
                break
            to = list(_TO_PLACE.finditer(title))  # before the destination: «… во главе с … в Республику Беларусь»
            if to:
                return f"{title[: to[-1].start()]} во главе с {who}{title[to[-1].start():]}"
            return f"{title} во главе с {who}"
    return title


_OCCASION_FIRST = re.compile(r"(?:Праздник\w*|Торжеств[оа]|Празднован\w*|Свят[оа]|Урачыстасц\w*)\s")


_GUESTS_AS_TITLE = re.compile(r"(?:Гост|Делегаци|Его\b|Её\b|Ее\b|Принят|Встреча с гостями \w+ь\b)")


def _opens_with_no_name(title: str) -> bool:
    """«Открыли мемориальную доску», «Установлен Монумент Дружбы», «В гости на праздник»: a title that starts with a
    finite verb, a short participle or a preposition (pymorphy3) is the text's words, not a name."""
    first = title.split(maxsplit=1)[0].lower() if title else ""
    got = parses(first) if first.isalpha() else []
    return bool(got) and got[0].tag.POS in ("VERB", "PRTS", "PREP")


_OURS = re.compile(r"\bнаше(?:го|й) (?:региона|области|края|республики)\b")


def _our_side(title: str, parties: tuple[str, ...], location: str | None) -> str:
    """«Визит делегации нашего региона» in a Вологда paper → «Визит делегации Вологодской области»: the publisher's
    region is the one side not of the venue's country (a reader of the calendar is not the paper's reader)."""
    ours = _OURS.search(title)
    if ours is None or not location or (country := country_of(location)) not in ("Беларусь", "Россия"):
        return title
    away = [p for p in parties if p not in (BELARUS, RUSSIA) and is_belarusian(p) != (country == "Беларусь")]
    if len(away) != 1:
        return title
    return title[:ours.start()] + nominative_phrase(away[0].split(), "gent") + title[ours.end():]


def _bare(title: str) -> bool:
    """«Встреча», «Визит (Минск)», «Форум»: fewer than three words outside parentheses."""
    return len(_BARE_WORDS.findall(re.sub(r"\([^)]*\)", "", title))) < 3




_PHRASE_BREAK = re.compile(r"[,.;:()]")


def _inviters(sentence: str, lang: str) -> frozenset[str]:
    """The people a sentence names as whoever invited («по приглашению Президента Беларуси Александра Лукашенко»),
    by their surnames in Latin letters: those named in the invitation's phrase (to its clause's end, a few words at
    most), the hosts of the visit, never its visitors."""
    low = sentence.lower()  # (who invites: «по приглашению Президента …», «па запрашэнні …», "at the invitation of …")
    found = list(ON_INVITATION.finditer(low)) if ("приглаш" in low or "запраш" in low or "invit" in low) else []
    if not found:
        return frozenset()
    named = people_in(sentence, lang)
    out: set[str] = set()
    for m in found:
        stop = min(m.end() + 70, (brk.start() if (brk := _PHRASE_BREAK.search(sentence, m.end())) else len(sentence)))
        out.update(_surname_key(n.split()[-1]) for pos, n, _ in named if m.end() <= pos < stop)
    return frozenset(out)


def _nearest_first(people: tuple[str, ...], sentence: str, cue: int, lang: str) -> tuple[str, ...]:
    """The participants with the one named nearest the event's cue first: «губернатором … Моором, который прибыл
    … с рабочим визитом» — the visitor is Моор, not the president who received him."""
    named = people_in(sentence, lang)
    if not named:
        return people
    nearest = min(named, key=lambda p: abs(p[0] - cue))[1]
    return tuple(sorted(people, key=lambda p: not p.startswith(nearest + ",") and p != nearest))


_CLAUSE = re.compile(r"[,;:()«»]|\s[-–—]\s")


def _evidence(c: Cand, body: Sentence) -> Evidence:
    """The sentence that reports the event; for a day observed every year that the sentence only names
    («совещание, посвященное Дню единения народов Беларуси и России, …») the clause that names it, so the
    day's card does not quote another event as its own."""
    if c.recurrence and c.sent is body and not body.headline:
        at = c.pos - body.start
        lo = max((m.end() for m in _CLAUSE.finditer(body.text, 0, at)), default=0)
        hi = next((m.start() for m in _CLAUSE.finditer(body.text, at)), len(body.text))
        text = body.text[lo:hi]
        strip = len(text) - len(text.lstrip())
        text = text.strip()
        if len(text.split()) >= 3 and (lo, hi) != (0, len(body.text)):
            return Evidence(body.start + lo + strip, body.start + lo + strip + len(text), text)
    return Evidence(body.start, body.end, body.text)


def _only_counterpart(c: Cand, actor: str) -> str | None:
    """``actor`` (the one person a Belarusian or English meeting's sentence names) in the Russian instrumental when
    the sentence names them only after «з/са/with» right after the cue: whom the meeting was with."""
    whom = _counterpart(c)
    if whom is None or not actor.startswith(whom + ",") and actor != whom:
        return None
    at = c.pos - c.sent.start
    if any(pos < at for pos, _, _ in people_in(c.sent.text, c.lang)):
        return None  # (someone named before the cue holds the talks)
    return instrumental(actor, False)


def _counterpart_title(c: Cand) -> str | None:
    """«Встреча губернатора … с премьер-министром Беларуси Романом Головченко» for talks a Belarusian or English text
    holds with one of two counterparts it names together (see ``event_cues._two_counterparts``)."""
    them = people_of(c.counterpart, c.lang)
    said = instrumental(them[0], False) if them else None
    if said is None:
        return None
    host = people_of(c.host, c.lang) if c.host.strip() else ()
    by = foreign_person(host[0]) if host else None
    return f"Встреча {by} с {said}" if by else f"Встреча с {said}"


# a delegation as a clause's subject: «Делегация … прибыла … с рабочим визитом», «Дэлегацыя … наведала», "A delegation …"
_DELEGATION_SUBJECT = re.compile(r"(?<![\w-])(?:делегаци[яи]|дэлегацыя|delegation|гости из|гасці з)(?![\w-])")


def _window_start(low: str, cue: int, type_: str) -> int:
    """Where the words read for an event's title begin: 80 characters before its cue, from a word's start; for a
    visit, from the delegation its sentence names as subject further back («Делегация Могилёвской области во главе с
    председателем облисполкома … прибыла в Смоленск с рабочим визитом»: the visit is the delegation's, not its
    leader's)."""
    lo = max(0, cue - 80)
    while lo and low[lo - 1].isalnum():
        lo -= 1
    if type_ == "visit" and not _DELEGATION_SUBJECT.search(low, lo, cue):
        lo = next((m.start() for m in reversed(list(_DELEGATION_SUBJECT.finditer(low, 0, lo)))), lo)
    return lo


# an edition's number right before a forum's cue: «XI Форум», «11-й форум», «11-га форуму», "the 11th Forum"
_EDITION = re.compile(r"(?<![\w-])(?:([IVXLC]{1,7})|(\d{1,2})(?:-?(?:й|ый|ий|ой|го|га|м|ым|ом|th|st|nd|rd))?)\s+$")


def _to_roman(n: int) -> str:
    out = ""
    for value, digits in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


_COUNTRY_STEMS = {"Беларусь": ("белорус", "беларус"), "Россия": ("россий", "русск")}


def _names_place(title: str, place: str) -> bool:
    """«Дни Гомельской области» at «Гомельская область», «Дни белорусской культуры» in «Беларусь»: the title names the
    place already (a word of it, less its ending, or the country's adjective)."""
    low = fold(title)
    stems = _COUNTRY_STEMS.get(place) or tuple(fold(w)[: max(4, len(w) - 3)] for w in place.split() if len(w) > 3
                                                and w[0].isupper())
    return names_town(title, place) or any(stem in low for stem in stems)


def _forum_title(title: str, c: Cand) -> str:
    """«XI Форум регионов Беларуси и России в Витебске»: a forum's title with the edition its cue names and the town
    it is held in, where the title has neither (GUIDE §6: what and where)."""
    cue = c.pos - c.sent.start
    ed = _EDITION.search(c.sent.text, max(0, cue - 12), cue)
    if ed and not re.match(r"[IVXLC\d]", title):
        n = int(ed.group(2)) if ed.group(2) else None
        roman = ed.group(1) or (_to_roman(n) if n and 0 < n < 90 else None)
        if roman:
            title = f"{roman} {title}"
    if c.location and c.location not in COUNTRIES and not _IN_PLACE.search(title) and not names_town(title, c.location):
        title = f"{title} {at_place(c.location)}"
    return title


_SIGNERS = re.compile(r"(?<![\w-])([А-ЯЁІЎA-Z][\w'’-]+(?:\s+[А-ЯЁІЎA-Z][\w'’-]+)?)\s+(?:и|і|and)\s+"
                      r"([А-ЯЁІЎA-Z][\w'’-]+(?:\s+[А-ЯЁІЎA-Z][\w'’-]+)?)\s+(?:\S+\s+)?(?:подписал|заключил|падпісал|заключыл"
                      r"|signed|concluded|established|установил|устанавил)")


def _towns_that_signed(c: Cand) -> tuple[str, str] | None:
    """The two towns of two countries a signing sentence opens with as its subject («Лепель и Торжок подписали …»)."""
    for x in c.sources:
        m = _SIGNERS.search(x.text)
        if m is None:
            continue
        a, b = place_name(m.group(1)), place_name(m.group(2))
        if a and b and a != b and a not in COUNTRIES and b not in COUNTRIES \
                and not a.endswith((" область", " край")) and not b.endswith((" область", " край")) \
                and (ca := country_of(a)) and (cb := country_of(b)) and ca != cb:
            return a, b
    return None


_MEMORIAL_FIRST = re.compile(r"(?:Мемориальн\w+ доск|Памятник|Памятн\w+ знак|Бюст|Стел[аы])\w*\b")
_PLAN_TERM = re.compile(r"\s+(?:на|до)\s+\d{4}")
_PLAN_OF_A_PAPER = re.compile(r"соглашени|договор|программ|меморандум")  # («… по реализации соглашения на …»: whose is told)


def _ceremony_head(low: str, cue: int) -> str | None:
    """What a ceremony was by the words around its cue in the whole sentence, where they begin before the title's
    window ("a memorial sign to the soldiers who … was unveiled": «Открытие памятного знака»); None for the generic."""
    what = head("commemoration", low, cue)
    return None if what in ("Памятное мероприятие", DEFAULT_TITLE["commemoration"]) else what


def _to_event(c: Cand, lead: Sides, holder: Callable[[str], tuple[str, str] | None] = lambda role: None) -> ExtractedEvent:
    if c.start and c.start.startswith("XXXX") and len(c.start) != 10:
        c.start = c.end = None  # a month of an unknown year («XXXX-09», the unit holding «12-14 сентября») is no
        # value of FORMAT.md: the year unknown, only a whole day of the year can stand
    if c.end and c.end.startswith("XXXX") and len(c.end) != 10:
        c.end = None
    body = next((x for x in c.sources if not x.headline), c.sources[0] if c.sources else c.sent)
    parties = parties_of([x.text for x in c.sources], c.location, lead)
    named = tuple(dict.fromkeys(p for x in c.sources for p in people_of(x.text, c.lang)))[:32]
    people = tuple(p for p in named if not any(q.startswith(p + ",") for q in named)) or c.people
    if c.recurrence == "yearly":
        people = ()  # a day observed every year has no participants; those of one year's meeting are that meeting's
    foreign = c.lang != "ru" and c.type != "commemoration" and not c.composed  # no Russian phrase: compose one
    if foreign and c.recurrence and c.title:  # a named day's Russian name from the lexicon («Купалье»), and where
        foreign, c.title = False, compose(c.type, "", location=c.location, lead=c.title)
    title = "" if foreign else clean(c.title or _best_title(c)) or DEFAULT_TITLE[c.type]
    if foreign and c.counterpart and (with_whom := _counterpart_title(c)):
        foreign, title, c.composed = False, with_whom, True  # one of two counterparts: «Встреча … с премьер-министром …»
    cue = c.pos - c.sent.start
    # those who act in the title: not the host of guests («Глава республики принимал гостей»: not his visit)
    hosting = c.type == "visit" and _hosting(c.sent.low, cue)
    actors = () if hosting else _nearest_first(people, c.sent.text, cue, c.lang)
    if c.type == "visit" and (inviting := _inviters(c.sent.text, c.lang)):
        actors = tuple(p for p in actors if _surname_key(p.partition(", ")[0].split()[-1]) not in inviting)  # (who
        # invited hosts the visit)
    if not hosting and c.type == "meeting" and (bare := _BARE_SURNAME.search(c.sent.text, max(0, cue - 40), cue)) \
            and (full := holder("@" + _surname_key(bare.group(1)))) and not any(p.startswith(full[0]) for p in actors):
        actors = (f"{full[0]}, {full[1]}", *actors)  # «Беглоў сустрэнецца з …», "Beglov will meet …": the one the text
        # named in full with his office before
    lo = _window_start(c.sent.low, cue, c.type)
    window, written, at = c.sent.low[lo: cue + 200], c.sent.text[lo: cue + 200], cue - lo
    if foreign and c.type == "meeting" and len(actors) == 1 and (whom := _only_counterpart(c, actors[0])):
        # "the governor held talks with Chairman … Alexander Turchin", «губернатар правёў перамовы са старшынёй …»:
        # the one person named is whom the talks were with, not who held them (found from the office below)
        foreign, c.composed = False, True
        title = f"{'Переговоры' if head(c.type, window, at) == 'Переговоры' else 'Встреча'} с {whom}" \
            + (f" {at_place(c.location)}" if c.location else "")
    if foreign or not _CYRILLIC.search(title):
        title = (c.type == "commemoration" and c.base and _anniversary_title(c)) \
            or (c.type == "plan" and c.start and c.end and f"{head(c.type, c.sent.low)} на "
                + (f"{c.start} год" if c.start == c.end else f"{c.start}-{c.end} годы")) \
            or compose(c.type, window, location=c.location, parties=parties, russian_people=False, at=at, text=written,
                       participants=actors, sentence=c.sent.text,
                       context=" ".join(x.low for x in c.sources) if c.type in ("festival", "fair") else "",
                       lead="Встреча" if _talks_with_someone(c) else c.lead or (
                           _ceremony_head(c.sent.low, cue) if c.type == "commemoration" else None))
    elif c.lang != "ru" and c.base:  # «75-годдзе Вялікай Перамогі» → «75-летие Победы в Великой Отечественной войне»
        title = _anniversary_title(c) or title
    if c.type == "commemoration" and _MEMORIAL_FIRST.match(title) and ("откры" in c.sent.low or "адкры" in c.sent.low):
        # «Мемориальную доску партизанам открыли …» read as «Мемориальная доска партизанам»: what was done, «Открытие
        # мемориальной доски партизанам»
        head_, sep, rest = title.partition(" в ")
        words = head_.split()
        n = 2 if len(words) > 1 and (words[1].startswith("доск") or words[0].startswith("Памятн") \
            and words[1].startswith("знак")) else 1
        title = "Открытие " + nominative_phrase(words[:n], "gent").lower() + " " + " ".join(words[n:]) + (sep + rest)
        title = " ".join(title.split())
    if c.type == "commemoration" and title.startswith("Капсул"):  # «капсулу … заложат»: what is done, «Закладка капсулы»
        title = "Закладка капсулы" + title[len(title.split()[0]):]
    if c.type == "meeting" and _SITTING_BODY.match(title):  # «Группа в Брянске» read off «группа собиралась»: the
        phrase = nominative_phrase(title.split(" в ")[0].split(), "gent")  # body's sitting, «Заседание группы …»
        title = "Заседание " + phrase[:1].lower() + phrase[1:] + title[len(title.split(" в ")[0]):]
    if c.type == "visit" and _VISITORS.match(title) and " " not in title:
        title = "Визит"  # «к нам в гости приехали …»: the guests are named further on (composed below)
    elif c.type == "visit" and _VISITORS.match(title):  # «Гости из Краснинского района»: who, not what
        phrase = nominative_phrase(title.split(), "gent")
        title = "Визит " + phrase[:1].lower() + phrase[1:]
    if c.type == "visit" and c.location and c.lang == "ru" and title.startswith(("Визит", "Рабоч", "Официальн")) \
            and not _DESTINATION.search(title):
        title = f"{title} {into(c.location)}"  # «Визит делегации Гомельской области в Брянск»
    if c.lang != "ru" and c.type == "meeting" and (talk := _SIDES_MET.fullmatch(title)) \
            and (whom := _office_met(c)) and (who := _visitor_office(c.sent.text[:cue], False)) \
            and who.partition(" ")[2] != whom.partition(" ")[2]:
        # "the Minister of Industry of Belarus met with the Governor of the Kemerovo region": who and whom by office,
        # not «Встреча представителей Беларуси и Кемеровской области»
        title = f"{talk.group(1)} {who} с {whom}{talk.group(2) or ''}"
    if c.lang != "ru" and c.type == "meeting" and " с " not in title and "представителей" not in title \
            and (whom := _office_met(c)) and whom.partition(" ")[2] not in title:  # (not the subject's own office)
        place = _IN_PLACE.search(title)  # "met with the Governor of the Kursk region": whom, by office, before where
        title = f"{title[:place.start()]} с {whom}{title[place.start():]}" if place else f"{title} с {whom}"
    if title[:1].islower():  # «дорожная карта на 2024–2026 годы» read from mid-sentence
        title = title[:1].upper() + title[1:]
    if c.lang == "ru" and c.type == "meeting" and _GUESTS_AS_TITLE.match(title):
        # «Гости в Витебске», «Встреча с гостями председатель …» read off «гостей принял председатель облисполкома»:
        # the guests' reception is a meeting of the sides, composed
        title = compose(c.type, window, location=c.location, parties=parties, russian_people=False, at=at, text=written,
                        participants=actors, sentence=c.sent.text, lead="Встреча")
    if c.lang == "ru" and (_opens_with_no_name(title) or c.type == "visit" and _OCCASION_FIRST.match(title)):
        # «Открыли мемориальную доску …» is a report, not a name (nor «Праздник в Гомель» of guests who came for it):
        title = compose(c.type, window, location=c.location, parties=parties, at=at, text=written,
                        participants=actors, sentence=c.sent.text)
    if hosting and (bare := _VISIT_NOBODY.fullmatch(title.split(" в ")[0] + " в ")):
        # «Визит в Уфу» of guests a host received: the guests, not nobody
        title = f"{bare.group(1)} {'гостей' if _GUEST.search(c.sent.low, cue, cue + 40) else 'делегации'}" \
            + title[len(bare.group(1)):]
    plain = _PLAIN_HEAD.fullmatch(title) if not c.body else None  # «Переговоры в Минском облисполкоме» says where
    if c.type == "commemoration" and not c.recurrence and not c.base and (c.location or _bare(title)) \
            and (_bare(title) or _ceremony(c) and not _DESTINATION.search(title)):
        title = compose(c.type, window, location=c.location, lead=title)  # «Возложение цветов … в Прохоровке», «Урок
        # ко Дню единения …»
    elif c.lang == "ru" and c.type not in ("plan", "commemoration") and (_bare(title) or plain):
        # «Встреча», «Рабочий визит в Гомель», «Подписание соглашения»: who and where from the event's parts
        what = plain.group(1) if plain else title
        title = compose(c.type, window, location=c.location, parties=parties, at=at, text=written,
                        participants=actors,
                        lead=None if what.startswith(("Сегодняшн", "Важн")) else what, sentence=c.sent.text)
    if c.type == "visit" and (inverted := _PLACE_FIRST.fullmatch(title)):
        title = f"{inverted.group(1)} {inverted.group(3)} {inverted.group(2)}"  # «Визит в Хабаровский край делегации
        # Республики Беларусь» (the text's order) → «Визит делегации Республики Беларусь в Хабаровский край»
    title = _our_side(tidy(title) if c.counterpart else _with_actors(c, tidy(title), parties, holder), parties,
                      c.location)
    if c.type == "meeting" and kind(c) == "forum":
        title = _forum_title(title, c)
    elif c.type == "festival" and c.location and title.startswith(("Дни ", "Неделя ")) and not _IN_PLACE.search(title) \
            and not _names_place(title, c.location):
        title = f"{title} {at_place(c.location)}"  # «Дни белорусской культуры в Казани» (GUIDE §6: what and where)
    # (talks with one of two counterparts name their actors already: the person before the cue is the other one)
    if _BELARUSIAN_LETTERS.search(title) or c.lang == "be" and not (c.recurrence or c.base or c.composed) and _not_russian(title):
        # a Belarusian phrase left in («Святочны прыём»): compose instead
        title = compose(c.type, window, location=c.location, parties=parties, russian_people=False, at=at, text=written,
                        participants=actors, sentence=c.sent.text)
    if c.type == "agreement" and " между " not in title and " с " not in title and (pair := _towns_that_signed(c)) \
            and not all(nominative_phrase(t.split(), "gent") in title for t in pair):  # («… побратимских связей
        # Бобруйска и Орла» names both already)
        # «Лепель и Торжок подписали соглашение о побратимстве», "Lepel and Torzhok signed …": between the two towns,
        # not their regions
        title = f"{title} между {nominative_phrase(pair[0].split(), 'ablt')} и {nominative_phrase(pair[1].split(), 'ablt')}"
    if c.type == "plan" and len(parties) >= 2 and (sides := across(parties)) \
            and not any(form.split()[0][:5] in title for p in parties for form in (p, nominative_phrase(p.split(), "gent"))) \
            and (term := _PLAN_TERM.search(title)) and not _PLAN_OF_A_PAPER.search(title, 0, term.start()):
        # «План мероприятий на 2024–2025 годы» → «План мероприятий Гомельская область — Башкортостан на 2024–2025
        # годы»: whose plan, as its signing names them (the parties as the calendar's titles write them)
        title = f"{title[:term.start()]} {' — '.join(short_party(p) for p in sides)}{title[term.start():]}"
    if c.guest and (nobody := _NOBODY_WENT.fullmatch(title)):
        title = f"{nobody.group(1)} {c.guest} {nobody.group(2)}"  # «Визит в Минск» → «Визит губернатора … в Минск»
    if c.type == "other" and (off := _CALLED_OFF.search(c.sent.low)) and not _CALLED_OFF.search(title.lower()):
        # «Дни Брянской области в Гомеле перенесены»: the calendar says so, not only that they were to be
        title = f"{title} ({'отменено' if off.group(1) else 'перенесено'})"
    return ExtractedEvent(
        type=c.type, title=title[:200], start=c.start, end=c.end, time=c.time, location=c.location,
        participants=people[:8], recurrence=c.recurrence,
        evidence=_evidence(c, body), first_year=c.first_year, base=c.base,
        parties=parties,
    )
