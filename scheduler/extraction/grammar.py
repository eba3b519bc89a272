"""The temporal grammar as named regex rules composed from the lexicon (each rule compiled once, on its first use).

Each rule is one compiled pattern; :mod:`dates` runs them, turns matches into candidates and
keeps the longest non-overlapping ones. Building blocks: ``DAY``, ``MONTH`` (ru/be in any case,
English capitalised), ``YEAR`` (1700-2099), ``YEAR_WORD`` ("года", "г.", "гг.", "годзе"), ``REL_YEAR``
("текущего года"). Rules are listed longest construct first; ties go to the earlier rule.
Patterns are lowercase and run on the lowercased text (several times faster than IGNORECASE).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx


def trie(words: Iterable[str]) -> str:
    """A regex alternation shaped as a prefix tree: each position fails on its first character, and the
    longest word that starts there wins."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _alt(words: Iterable[str]) -> str:
    """An alternation of words as a prefix tree (several times cheaper to compile and to run than a flat list
    of ~150 month forms); like a longest-first list, a longer word is tried first and a shorter one on failure."""
    return "(?:" + trie(words) + ")"


def _en_forms(words: list[str]) -> str:
    """English month names; the text is lowercased, so :mod:`dates` checks the capital in the original."""
    return "(?:" + _alt(words) + ")"


_RU_BE_MONTHS = [w for w in lx.MONTHS if w not in lx.ENGLISH_MONTHS]
_RU_BE_ABBR = [w for w in lx.MONTH_ABBR if not w.isascii()]
_EN_ABBR = [w for w in lx.MONTH_ABBR if w.isascii()]

MONTH_FULL = rf"(?:(?:{_alt(_RU_BE_MONTHS)})|{_en_forms(lx.ENGLISH_MONTHS)})(?!\w)"
MONTH_RU_BE = rf"(?:{_alt(_RU_BE_MONTHS)})(?!\w)"
MONTH_EN = rf"(?:{_en_forms(lx.ENGLISH_MONTHS)}(?!\w)|{_en_forms(_EN_ABBR)}(?:\.|(?!\w)))"
MONTH_ANY = rf"(?:{MONTH_FULL}|(?:{_alt(_RU_BE_ABBR)}|{_en_forms(_EN_ABBR)})(?:\.|(?!\w)))"
YEAR = r"(?:1[7-9]\d\d|20\d\d)(?!\d|[.,]\d)"
_SUFFIX = r"(?:-?(?:м|го|й|ом|ым|ого|му))"  # not "-х": "1990-х годов" is a decade
YEAR_WORD = (
    rf"(?:\s?{_SUFFIX}(?!\w))?\s*(?:{_alt(w for w in lx.YEAR_WORDS if w not in ('г', 'гг'))}|г\.\s?г\.|гг\.?|г\.?)(?!\w)"
)
_REL_GEN = [w for w, _ in lx.RELATIVE_ADJ.items() if w.endswith(("ого", "его", "ага", "яга"))]
# "текущего года", "of this year", and the official abbreviations "т.г." (this year), "п.г." (last year)
REL_YEAR = rf"(?:(?P<rg>{_alt(_REL_GEN)})\s+года(?!\w)|of\s+(?P<rge>this|last|next)\s+year(?!\w)|(?P<rga>[тп])\.\s?г\.)"
_ORD = r"(?:\s?-?(?:ого|его|ому|ему|го|ое|му|е|th|st|nd|rd))?"  # "24-ого", "3-его", "31-ое", "12th"
_WS = r"[^\S\n]*\n?[^\S\n]*"  # spaces, at most one line break
_DASH = r"\s*[-–—‒]\s*"


def _year_tail(n: str) -> str:
    """An optional year after a day and month: ", 2017 года" or " текущего года"."""
    rel = REL_YEAR.replace("?P<rg>", f"?P<rg{n}>").replace("?P<rge>", f"?P<rge{n}>").replace("?P<rga>", f"?P<rga{n}>")
    return rf"(?:,?{_WS}(?:(?P<y{n}>{YEAR})(?:{YEAR_WORD})?|{rel}))?"


_WEEKDAYS = _alt(lx.WEEKDAYS)
_WEEKDAYS_NOM = "|".join(lx.WEEKDAYS_NOM)
_WEEKDAYS_ANY = _alt({**lx.WEEKDAYS, **lx.WEEKDAYS_NOM})
# a day in words: "первое", "третьего", "двадцать четвёртому", "тридцать первое"
_DAY_WORD = rf"(?:(?P<tens>{_alt(lx.ORDINAL_TENS)})\s+)?(?P<dw>{_alt(lx.ORDINAL_DAYS)})"
_RU_NOM_MONTHS = [w for w in _RU_BE_MONTHS if w.endswith(("ь", "т", "й")) or w in ("люты", "сакавік", "красавік",
                                                                                   "кастрычнік", "лістапад")]
_NUM_WORD = rf"(?:\d{{1,3}}|{lx.NUMBER_PHRASE}|полтора|паўтара)"  # («двадцать один», "twenty-one")
_UNITS = _alt(lx.OFFSET_UNITS)
_D1 = r"(?P<d1>\d(?<![\d.,/:\-–]\d)\d?)(?!\d)"  # the look-behind sits after the first digit: fast scanning
_Y1_BARE = r"(?P<y1>[12](?<![\d.,\-–—/][12])\d{3})"  # 1700-2099 checked by dates._cand
_Y1 = _Y1_BARE + r"(?!\d|[.,]\d)"

# What may stand before a match (tested on the text before it, anchored at its end) and joins the span.
RANGE_BEFORE = r"(?<!\w)(?:с|со|з|from|between)\s+(?:the\s+)?$"
ON_BEFORE = r"(?<!\w)(?:в|во|ў|у|on)\s+$"
UNIT_BEFORE = r"(?<!\w)(?:в|во|на|у|ў|с|со|з|in|on|during|since|for)\s+$"
MONTH_BEFORE = (r"(?<!\w)(?:(?:в|во|к|до|с|со|на|по|у|ў|з|да)\s+(?:(?:начале|конце|середине|течение|ходе|первой|"
                r"второй|третьей|последней|последних|первых|пачатку|канцы|сярэдзіне|першай|апошняй)\s+)?"
                r"(?:(?:декаде|половине|числах|декадзе|палове|палавіне)\s+)?|(?:начале|конце|середине|начала|конца|"
                r"середины|начало|конец|середина|напрыканцы|напачатку|пачатку|пачатак|канца|канец|сярэдзіны)\s+)$")
EMONTH_BEFORE = (r"(?<!\w)(?:(?:(?:in|on|by|since|until|till|during|through|for|early|late)\s+|mid-\s*|mid\s+)"
                 r"(?:(?:early|late)\s+|mid-\s*|mid\s+)?|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)$")
EYEAR_BEFORE = (r"(?<!\w)(?:(?:in|since|by|until|till|of|from|for|during|before|after|over|than|versus|vs\.?)\s+"
                r"(?:(?:early|late)\s+|mid-\s*)?|(?:early|late)\s+|mid-\s*|(?:the\s+)?year\s+|"
                r"(?:spring|summer|autumn|fall|winter)\s+|the\s+)$")  # "for the year 2019", "as early as autumn 2018",
# "the 2026 Forum of Regions" (a year that names an edition: GUIDE §1, a year in a name)
NAME_BEFORE = r"[^\W\d_]\s{0,2}$"
WEEKEND_BEFORE = r"(?<!\w)(?:в|во|на|у|ў|за|over|on|at|during)\s+$"
# "27, 28 и 29 мая", "7 and 8 June": the days before the last one of an enumeration
_ENUM_DAYS = r"(?P<mid>(?:\s*,\s*\d{1,2}(?!\d)" + _ORD + r")*),?\s+(?:и|і|and|&)\s+"
_ENUM_YEARS = r"(?P<mid>(?:\s*,\s*(?:1[7-9]|20)\d\d(?!\d))*),?\s+(?:и|і|and|&)\s+"
# the ordinal of a half or quarter of a year («первом полугодии», «другім квартале», "first half"), 1-4
PART_ORDINALS = {"первом": 1, "первого": 1, "первое": 1, "первой": 1, "первая": 1, "первый": 1, "втором": 2,
                 "второго": 2, "второе": 2, "второй": 2, "вторая": 2, "третьем": 3, "третьего": 3, "третий": 3,
                 "четвертом": 4, "четвертого": 4, "четвертый": 4, "першым": 1, "першага": 1, "першае": 1,
                 "першай": 1, "першы": 1, "другім": 2, "другога": 2, "другое": 2, "другой": 2, "другі": 2, "трэцім": 3,
                 "трэцяга": 3, "трэці": 3, "чацвёртым": 4, "чацвертым": 4, "чацвёртага": 4, "first": 1, "second": 2,
                 "third": 3, "fourth": 4}
_PART_ORDINALS = list(PART_ORDINALS)
_PLURAL_YEAR_WORD = r"\s*(?:годах|годы|годов|годам|гг\.?|гадах|гады|гадоў|гадам)(?!\w)"


# the ordinal of a weekday in its month (-1: the last): «первое», «першую», "second", «последнее», "last"
NTH_WEEKDAY = {
    **dict.fromkeys(("первое", "первую", "первый", "первая", "першую", "першы", "першае", "першая", "first"), 1),
    **dict.fromkeys(("второе", "вторую", "второй", "вторая", "другую", "другі", "другое", "другая", "second"), 2),
    **dict.fromkeys(("третье", "третью", "третий", "третья", "трэцюю", "трэці", "трэцяе", "трэцяя", "third"), 3),
    **dict.fromkeys(("четвертое", "четвертую", "четвертый", "четвёртое", "четвёртую", "четвёртый", "чацвёртую",
                     "чацвертую", "чацвёрты", "чацвёртае", "fourth"), 4),
    **dict.fromkeys(("последнее", "последнюю", "последний", "последняя", "апошнюю", "апошні", "апошняе", "апошняя",
                     "last"), -1),
}
_NTH = tuple(NTH_WEEKDAY)


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern, tried only where it can start: at a lexicon word (:func:`word_rules`) or a digit
    run (``scanner.scan``). ``before`` is what may precede the match and joins the span (``required``: or
    no match); ``join`` False keeps it out of the span."""

    name: str
    src: str
    before: str | None = None
    required: bool = False
    join: bool = True


def _rules() -> list[Rule]:
    # the last day of a range or an enumeration, with its month and maybe its year: "10 июня 2022 года"
    last = rf"(?P<d2>\d{{1,2}})(?!\d){_ORD}\s*(?:of\s+)?(?P<m2>{MONTH_ANY}){_year_tail('2')}"
    return [
        # "с 7 по 10 июня 2022 года", "7–10 июня", "С 27 сентября по 6 октября", "З 8 па 10 чэрвеня"
        Rule("drange", rf"{_D1}{_ORD}(?:\s*(?:of\s+)?(?P<m1>{MONTH_ANY}))?(?:,?\s*(?P<y1>{YEAR})(?:{YEAR_WORD})?)?"
                       rf"(?:\s*(?:по|до|па|to|till|until|through)\s+|{_DASH})(?:the\s+)?"
                       rf"{last}", before=RANGE_BEFORE),
        # "28 и 29 сентября", "27, 28 и 29 мая", "7 and 8 June": consecutive days are an interval
        # ("between 7 and 9 June" too)
        Rule("denum", rf"{_D1}{_ORD}{_ENUM_DAYS}{last}", before=r"(?<!\w)(?:between|между|паміж)\s+(?:the\s+)?$"),
        # "5" of "5 и 12 июня": a day that borrows the month (and year) of the last day of its enumeration
        Rule("dhead", rf"{_D1}{_ORD}(?={_ENUM_DAYS}{last})"),
        # "February 9–14, 2025", "from February 9 to 14, 2025", "June 7 and 8"
        Rule("erange", rf"(?P<m1>{MONTH_EN})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                       rf"(?:{_DASH}|\s+(?:to|till|until|through)\s+|(?P<and>\s+(?:and|&)\s+))(?:(?P<m2>{MONTH_EN})\s+)?"
                       rf"(?P<d2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s*(?P<y2>{YEAR}))?", before=RANGE_BEFORE),
        # "январь-август 2017 г.", "с января по август", "January–March 2024"
        Rule("mrange", rf"(?P<m1>{MONTH_FULL})(?:{_DASH}|\s+(?:по|до|па|to|till|until|through)\s+|(?P<and>\s+(?:и|і|and)\s+))"
                       rf"(?P<m2>{MONTH_FULL}){_year_tail('2')}", before=RANGE_BEFORE),
        # "Сегодня, 20 октября", "В пятницу, 7 февраля", "Saturday, 27 July 2024"
        Rule("joined", rf"(?:(?P<rw>{_alt(lx.RELATIVE_DAYS)})|(?P<wd>{_WEEKDAYS}|{_WEEKDAYS_NOM}))\s*,\s*"
                       rf"(?P<d1>\d{{1,2}})(?!\d){_ORD}\s*(?:of\s+)?(?P<m1>{MONTH_ANY}){_year_tail('1')}", before=ON_BEFORE),
        # "в субботу и воскресенье, 13 и 14 июля", «у суботу і нядзелю, 13 і 14 ліпеня»: two days, named twice
        Rule("joined_denum", rf"(?P<wd>{_WEEKDAYS})\s+(?:и|і|and)\s+(?:{_WEEKDAYS})\s*,\s*(?P<d1>\d{{1,2}})(?!\d){_ORD}\s+"
                             rf"(?:и|і|and)\s+(?P<d2>\d{{1,2}})(?!\d){_ORD}\s*(?:of\s+)?(?P<m2>{MONTH_ANY}){_year_tail('2')}",
             before=ON_BEFORE),
        # "Friday, June 28", "Saturday, July 27, 2024"
        Rule("joined_en", rf"(?P<wd>{_alt(w for w in lx.WEEKDAYS if w.isascii())})\s*,\s*(?P<m1>{MONTH_EN})\s+"
                          rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?\s*(?P<y1>{YEAR}))?", before=ON_BEFORE),
        # "16 Августа’24", "3 March '19": a site's date with the year cut to two digits after an apostrophe
        Rule("dmy_apos", rf"{_D1}{_ORD}\s*(?P<m1>{MONTH_ANY})\s*['’‘`](?P<y1>\d\d)(?!\d|[.,:]\d)"),
        # "29 июня 2017 года", "20 Врс 2023", "9 января текущего года", "10 August 2016", "1 апреля"
        Rule("dmy", rf"{_D1}{_ORD}\s*(?:of\s+)?(?P<m1>{MONTH_ANY}){_year_tail('1')}"),
        # "двадцать четвёртое февраля", "третьего марта 2015", "тридцать первое октября 1974"
        Rule("dword", rf"{_DAY_WORD}\s+(?P<m1>{MONTH_ANY}){_year_tail('1')}"),
        # "2 Декабрь 95": a site's day, month in the nominative and a two-digit year
        Rule("dmy_short", rf"{_D1}\s+(?P<m1>{_alt(_RU_NOM_MONTHS)})\s+(?P<y1>\d\d)(?!\d|[.,:]\d)"),
        # "Авг 26, 2015": a Russian month first, as English writes it (only with the year after a comma)
        Rule("mdy_ru", rf"(?P<m1>{_alt(_RU_BE_MONTHS)}|{_alt(_RU_BE_ABBR)})\.?\s+(?P<d1>\d{{1,2}})(?!\d),\s*"
                       rf"(?P<y1>{YEAR})"),
        # "June 29, 2017", "February 10"
        Rule("mdy", rf"(?P<m1>{MONTH_EN})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.,]\d)"
                    rf"(?:,?\s*(?P<y1>{YEAR}))?"),
        # "01.06.2022 – 05.06.2022", "с 01.06.2022 по 05.06.2022", "01.06–05.06.2022"; "14.10. - 15.10." (the
        # year-less form only with both dots closing: scanner)
        Rule("numrange", rf"{_D1}\.(?P<m1>\d{{1,2}})(?:\.(?P<y1>(?:1[7-9]|20)\d\d)|(?P<dot1>\.))?"
                         r"(?:\s*[-–—]\s*|\s+(?:по|до|па|to|till|until)\s+)(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})"
                         r"(?:\.(?P<y2>(?:1[7-9]|20)\d\d|\d\d)|(?P<dot2>\.))?(?!\d|[./]\d)", before=RANGE_BEFORE),
        # "25–26.07.2024", "с 25 по 26.07.2024", "14./15.10.2018", "14. - 15.10."
        Rule("numdrange", rf"{_D1}(?P<dot1>\.)?(?:\s*[-–—/]\s*|\s+(?:по|до|па|to)\s+)(?P<d2>\d{{1,2}})\."
                          r"(?P<m2>\d{1,2})(?:\.(?P<y2>(?:1[7-9]|20)\d\d|\d\d)|(?P<dot2>\.))?(?!\d|[./]\d)",
             before=RANGE_BEFORE),
        # "29.06.2017", "24.01.17", "05/07/2024", "27. 05.99"
        # (dashes only with a whole year: «12-03-2024»; «12-15» is a range, «8-029-…» a phone)
        Rule("num", rf"{_D1}(?P<sep>[./]|-(?=\d{{1,2}}-(?:19|20)\d\d(?![\d-]))) ?(?P<m1>\d{{1,2}})(?P=sep)"
                    rf"(?P<y1>(?:1[7-9]|20)\d\d|\d\d)(?!\d|[./]\d)"),
        # "10.12.", "01.04. в 18 часов"; "15.02", "15.2" only as a phrase of their own (scanner)
        Rule("dm", rf"{_D1}\.(?P<m1>\d{{1,2}})(?P<dot>\.)?(?!\d|[.,/:]\d)"),
        # "год 2000", "Год 1812." (at a clause end: not "за год 2000 человек")
        Rule("year_first", r"год\s+(?P<y1>[12]\d{3})(?=\s*(?:[.,;:!?)»\"]|$))"),
        # "2022-07-12"
        Rule("iso", rf"{_Y1_BARE}-(?P<m1>[01]?\d)-(?P<d1>[0-3]?\d)(?![\d\-])"),
        # "октябре 2023 года", "Июль\n2024", "мая этого года", "May 2024"
        Rule("my", rf"(?P<m1>{MONTH_FULL}){_WS}(?:(?P<y1>{YEAR})(?:{YEAR_WORD})?|{REL_YEAR})"),
        # "в первом полугодии 2025 года", "во втором квартале этого года", "у першым паўгоддзі", "in the first half of
        # 2025", "the third quarter of 2024": a half or a quarter of a year, as the interval of its months
        Rule("ypart", rf"(?P<part>{_alt(_PART_ORDINALS)})\s+(?P<unit>полугоди\w*|половин\w*|квартал\w*|паўгодд\w*|палов\w*"
                      rf"|half|quarter)\s+(?:of\s+)?(?:(?P<y1>{YEAR})(?:{YEAR_WORD})?|{REL_YEAR})"),
        # "2017-2019 годы", "на 2023-2025 годы", "2017-20 годы", "from 1944 to 1945", "2021–2025"
        # "с 2010 года по 2015 год" too
        Rule("yrange", rf"{_Y1}(?:(?P<yw1>{YEAR_WORD})|{_SUFFIX})?(?:(?P<dash>{_DASH})|\s+(?P<sw>по|до|па|to|and|till|until|through)\s+)"
                       rf"(?P<y2>{YEAR}|\d\d(?!\d))(?P<yw>{YEAR_WORD})?", before=RANGE_BEFORE),
        # "в 2022 и 2023 годах", "в 2019, 2020 и 2021 годах": consecutive years are an interval
        Rule("yenum", rf"{_Y1}{_ENUM_YEARS}(?P<y2>{YEAR}){_PLURAL_YEAR_WORD}"),
        # "2015" of "в 2015 и 2020 годах"
        Rule("yhead", rf"{_Y1}(?={_ENUM_YEARS}(?P<y2>{YEAR}){_PLURAL_YEAR_WORD})"),
        # "2023/2024 учебный год", "сезон 2023/24": consecutive years joined by a slash
        Rule("yslash", rf"{_Y1_BARE}/(?P<y2>(?:1[7-9]|20)\d\d|\d\d)(?![\d/.,]|-\d)"),
        # "в 2002 году", "2022 года", "2024-м году", "2023-м", "2002 г."
        Rule("year", rf"{_Y1}(?:(?P<yw>{YEAR_WORD})|{_SUFFIX}(?!\w))"),
        # "in 2014", "since 2019"
        Rule("eyear", rf"{_Y1}(?![\-–—]\d|/\d|s\b)(?!\s+(?:people|participants|companies|enterprises|employees|"
                      r"workers|tons|tonnes|units|students|visitors|guests|delegates|hectares|jobs|members|"
                      r"residents|children|athletes|exhibitors|items|pieces|km|kilometres|kilometers|metres|dollars|"
                      r"rubles|roubles)\b)", before=EYEAR_BEFORE, required=True),
        # «в 2023 пройдет в Бресте», «ў 2019 адбыўся», «в 2010, когда …»: a year with no «году» after «в», where a verb
        # or the clause's end follows (not «в 2023 школах»: a count of what follows)
        Rule("ryear", rf"{_Y1}(?=\s*[,.;:!?)»]|\s+(?:пройд|прош|состо|был|будет|будут|стал|станет|откро|открыл|подпис"
                      r"|заверш|начн|нача|провод|прове|адбы|адбудз|пройдз|прайш|праход|быў|была|будзе|стане|падпіс"
                      r"|адкры|правя|правод)\w*)", before=r"(?<!\w)(?:в|во|у|ў)\s+$", required=True, join=False),
        # "единство-2015", "Славянское единство — 2025", "Премия Рунета-2020"; "ЮГАГРО 2024", "INNOPROM 2024" (a
        # space after a name in capitals: the scanner tries the space only there)
        Rule("nameyear", r"(?:[-–—]\s{0,2}|\s)(?P<y1>(?:19|20)\d\d)(?![\w\-–—]|[.,]\d)", before=NAME_BEFORE, required=True,
             join=False),
        # "последний рабочий день на этой неделе", "в пятницу на следующей неделе"
        Rule("weekday_week", rf"(?:(?P<last>последний\s+рабочий\s+день)|(?P<wd>{_WEEKDAYS}))"
                             rf"\s+(?:на\s+)?(?P<adj>{_alt(lx.RELATIVE_ADJ)})\s+(?:неделе|недели|тыдні|week)(?!\w)", before=ON_BEFORE),
        # "в прошлую пятницу", "в ближайшую субботу", "last Friday", "next Monday"
        # «на следующий день», «назавтра», «на наступны дзень», "the next day", "the following morning": the day after
        # the day the text has just told (resolved against it, see ``normalize.resolve``)
        Rule("next_day", r"(?:(?:следующий|другой)\s+день|следующее\s+утро|назавтра|наступны\s+дзень|другі\s+дзень"
                         r"|наступным\s+днём|наступным\s+днем|назаўтра|(?:next|following)\s+(?:day|morning)"
                         # (its morning: «следующим утром», «наступнай раніцы», «на наступную раніцу»)
                         r"|следующим\s+утром|наступн(?:ай|ую)\s+раніц(?:ы|ай|у)|утром\s+следующего\s+дня"
                         r"|раніцай\s+наступнага\s+дня)(?!\w)",
             before=r"(?<!\w)(?:на|the|on\s+the)\s+$"),
        # «в первое воскресенье июля», «у апошнюю нядзелю верасня», "on the second Saturday of June 2024"
        Rule("nth_weekday", rf"(?P<nth>{_alt(_NTH)})\s+(?P<wd>{_WEEKDAYS_ANY})\s+(?:of\s+)?(?P<m1>{MONTH_ANY})"
                            rf"(?:,?\s+(?P<y1>{YEAR})(?:{YEAR_WORD})?)?(?!\w)"),
        Rule("weekday_adj", rf"(?P<adj>{_alt(lx.WEEKDAY_ADJ)})\.?\s+(?P<wd>{_WEEKDAYS_ANY})(?!\w)",
             before=ON_BEFORE),
        # "в минувшие выходные", "this weekend"
        Rule("weekend", rf"(?P<adj>{_alt(lx.WEEKEND_ADJ)})\s+(?:{_alt(lx.WEEKEND_NOUNS)})(?!\w)", before=WEEKEND_BEFORE),
        # "в прошлом году", "текущего года", "на этой неделе", "в этом месяце", "this year"
        Rule("rel_unit", rf"(?P<adj>{_alt(lx.RELATIVE_ADJ)})"
                         rf"\s+(?P<unit>{_alt(lx.YEAR_NOUNS + lx.MONTH_NOUNS + lx.WEEK_NOUNS)})(?!\w)", before=UNIT_BEFORE),
        # "через неделю", "через 3 года", "спустя полгода", "праз тыдзень"
        Rule("offset_ahead", rf"(?P<ahead>{_alt(lx.OFFSET_AHEAD)})\s+(?:(?P<n>{_NUM_WORD})\s+)?(?P<u>{_UNITS})(?!\w)"),
        # "a year later", "two years later", «год спустя», «тры гады пазней»: a count of units after the day just told
        # (normalize anchors it; with no day told before, none)
        Rule("later", rf"(?:(?P<n>{_NUM_WORD}|an?)\s+)?(?P<u>{_UNITS})\s+(?:later|спустя|пазней|пазьней)(?!\w)"),
        # "in a week", "in two days": days and weeks ahead (not "in two years", a span as often as a time ahead)
        Rule("offset_in", r"in\s+(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<u>days?|weeks?)(?!\w)"),
        # "год назад", "2 дня назад", "неделю тому назад", "два года назад", "5 лет таму", "three years ago"
        Rule("offset_back", rf"(?:(?P<n>{_NUM_WORD})\s+)?(?P<u>{_UNITS})\s+(?:тому\s+)?(?:{_alt(lx.OFFSET_BACK)})"
                            r"(?!\w)"),
        # "этот ноябрь", "в этом ноябре": this year's month
        Rule("this_month", rf"(?P<adj>этот|этом|этого|гэты|гэтым|гэтага)\s+(?P<m1>{MONTH_RU_BE})"),
        # "сёлета", "летась"
        Rule("rel_year_word", rf"(?P<w>{_alt(lx.RELATIVE_YEAR_WORDS)})(?!\w)"),
        # "во вторник", "ў чацвер", "on Tuesday"
        Rule("weekday", rf"(?P<wd>{_WEEKDAYS_ANY})(?!\w)"
                        r"(?!\s+(?:обитания|бизнеса|молод\w*|общения|предприним\w*|учащ\w*|жизни|людей))", before=ON_BEFORE, required=True),
        # "с понедельника по среду", «з панядзелка па сераду», "from Monday to Wednesday": the days of one week
        Rule("weekday_range", rf"(?P<wd>{_alt(lx.WEEKDAYS_GEN)}|{_alt(w for w in lx.WEEKDAYS if w.isascii())})\s+"
                              rf"(?:по|па|to|till|until|through)\s+(?P<wd2>{_alt(lx.WEEKDAYS)})(?!\w)",
             before=r"(?<!\w)(?:с|со|з|from)\s+$", required=True),
        # "до воскресенья", «да нядзелі», "until Sunday": the weekday a span runs to
        Rule("weekday_until", rf"(?P<wd>{_alt(lx.WEEKDAYS_GEN)}|{_alt(w for w in lx.WEEKDAYS if w.isascii())})(?!\w)",
             before=r"(?<!\w)(?:до|да|until|till)\s+$", required=True),
        # "сегодня", "вчера", "сёння", "today"
        Rule("rel_day", rf"(?P<w>{_alt(lx.RELATIVE_DAYS)})(?!\w)"),
        # "сегодняшней встречи" (not "на сегодняшний день")
        Rule("today_adj", r"(?P<w>сегодняшн(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими)"
                          r"|сённяшн(?:і|яга|яму|ім|яя|яй|юю|яе|ія|іх|імі))(?!\w)"),
        # "анонсировался еще накануне."
        # "прибыла накануне в Минск", "Накануне Беларусь отметила …" (but "накануне Дня Победы" is a relation)
        # (and Belarusian «Напярэдадні ў Беларусь прыбыла дэлегацыя»)
        # "the day before", "the previous day", "a day earlier": the day before the day just told (not "the day
        # before the forum": the eve of something)
        # ("The previous Days of Culture …" is an earlier edition of a festival, no day)
        Rule("eve_en", r"(?:day\s+before|previous\s+day|day\s+earlier)(?!\w)(?!\s+(?:the|a|an|its|his|her|their|yesterday)\b)"
                       r"(?!\s+[A-Z0-9])", before=r"(?<!\w)(?:the|a)\s+$", required=True),
        # «а днём ранее провели переговоры», «днём раней»: as "a day earlier", the day before the day just told
        Rule("eve_ru", r"дн[её]м\s+(?:ранее|раньше|раней)(?!\w)"),
        Rule("eve", r"(?:накануне|напярэдадні)(?=\s*[.,;!?)]|\s+(?:вечером|утром|днем|днём|в|во|на|с|со|у|ў|из|з|и|і"
                    r"|он|она|они|мы|ён|яна|яны|уже|ужо|также|таксама|же|было|были|был|была|быў|былі)(?!\w)"
                    r"|\s+[а-яёіў]+(?:л|ла|ли|лі|ло|лся|лась|лось|лись|лася|лося|ў|ўся)(?!\w)"
                    r"|\s+[а-яёіў]+\s+[а-яёіў]+(?:л|ла|ли|лі|ло|лся|лась|лось|лись|лася|лося|ў|ўся)(?!\w)"
                    # people as the subject: «Накануне ректоры университетов подписали …»
                    rf"|\s+(?:{lx.EVE_SUBJECTS}))"),  # (candidates: a capital first)
        # "в начале октября", "у верасні"; "in May", "the end of August"
        # "мае" of "в мае и августе 2023 года": a month that borrows the year of the last of its enumeration
        Rule("mhead", rf"(?P<m1>{MONTH_FULL})(?=\s+(?:и|і|and)\s+(?P<m2>{MONTH_FULL}){_WS}(?:(?P<y2>{YEAR})|{REL_YEAR}))",
             before=MONTH_BEFORE),
        Rule("month", rf"(?P<m1>{MONTH_RU_BE})(?!{_WS}\d)", before=MONTH_BEFORE, required=True),
        Rule("emonth", rf"(?P<m1>{_en_forms(lx.ENGLISH_MONTHS)})(?!\w)(?!\s*\d)",
             before=EMONTH_BEFORE, required=True),
        # "last July", "next September": the month before or after the reference (normalize reads the word)
        Rule("emonth_rel", rf"(?P<adj>last|next)\s+(?P<m1>{_en_forms(lx.ENGLISH_MONTHS)})(?!\w)(?!\s*\d)"),
    ]




def _rules_by_word() -> dict[str, tuple[str, ...]]:
    """Which word rules may start at each lexicon word (the trigger)."""
    by: dict[str, set[str]] = {}

    def add(words: object, *names: str) -> None:
        for w in words:  # type: ignore[attr-defined]
            by.setdefault(w, set()).update(names)

    add(_RU_BE_MONTHS, "mrange", "my", "month")  # and "mhead" where a list goes on (scanner.scan)
    add(lx.ENGLISH_MONTHS, "mrange", "my", "erange", "mdy", "emonth")
    add(["last", "next"], "emonth_rel")
    add(_EN_ABBR, "erange", "mdy")
    add(lx.RELATIVE_DAYS, "joined", "rel_day")
    add(lx.WEEKDAYS, "joined", "joined_denum", "weekday_week", "weekday")
    add(lx.WEEKDAYS_NOM, "weekday")  # alone on a line: "Пятница"
    add([*lx.WEEKDAYS_GEN, *(w for w in lx.WEEKDAYS if w.isascii())], "weekday_until", "weekday_range")
    add(lx.ORDINAL_DAYS, "dword")
    add(lx.ORDINAL_TENS, "dword")
    add(_RU_BE_MONTHS, "mdy_ru")
    add(_RU_BE_ABBR, "mdy_ru")
    add(lx.OFFSET_AHEAD, "offset_ahead")
    add(["in"], "offset_in")
    add([*lx.NUMBER_WORDS, "полтора", "паўтара"], "offset_back", "later")
    add(["a", "an"], "later")
    add(["год", "неделю", "месяц", "день", "сутки", "полгода", "паўгода", "тыдзень", "year", "week", "month", "day"],
        "offset_back", "later")
    add(["год"], "year_first")
    add(["этот", "этом", "этого", "гэты", "гэтым", "гэтага"], "this_month")
    add([w for w in lx.WEEKDAYS if w.isascii()], "joined_en")
    add(_WEEKDAYS_NOM.split("|"), "joined")
    add(lx.RELATIVE_ADJ, "rel_unit")
    add(lx.WEEKDAY_ADJ, "weekday_adj")
    add(lx.WEEKEND_ADJ, "weekend")
    add(lx.RELATIVE_YEAR_WORDS, "rel_year_word")
    add(["сегодняшн", "сённяшн"], "today_adj")
    add(["накануне", "напярэдадні"], "eve")
    add(["day", "previous"], "eve_en")
    add(["днём", "днем"], "eve_ru")
    add(["последний"], "weekday_week")
    add(_NTH, "nth_weekday")
    add(["следующий", "следующее", "следующим", "другой", "назавтра", "наступны", "наступным", "наступнай", "наступную",
         "утром", "раніцай", "другі", "назаўтра", "next", "following"], "next_day")
    add(_PART_ORDINALS, "ypart")
    return {w: tuple(sorted(n)) for w, n in by.items()}


@lru_cache(maxsize=1)
def word_rules() -> dict[str, tuple[str, ...]]:
    return _rules_by_word()


@lru_cache(maxsize=1)
def trigger() -> re.Pattern[str]:
    """The words that may start a word rule, each with the character before it (compiled once, on first use):
    run it on the text after one space, and a match's start is the word's start in the text. Every word starts
    with a letter, so "a non-word character before it" is the word boundary; a pattern opening with ``\\b``
    (or a look-behind) made ``re`` try it at every position, one opening with ``\\W`` only after a space or a
    sign (a third faster)."""
    words = sorted(w for w in word_rules() if w not in ("сегодняшн", "сённяшн"))
    return re.compile(r"\W(?:" + trie(words) + r"(?!\w)|сегодняшн|сённяшн)")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules in priority order, their sources composed (cheap) and nothing compiled yet."""
    return tuple(_rules())


_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def patterns(rule: Rule) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A rule's pattern and what may stand before it, compiled the first time a text can start the rule
    (lowercase; run on lowercased text). Compiling all 41 at once took 40-60 ms of every process's first
    document; a short text needs a few of them."""
    got = _PATTERNS.get(rule.name)
    if got is None:
        got = _PATTERNS[rule.name] = (re.compile(rule.src), re.compile(rule.before) if rule.before else None)
    return got


def warm() -> None:
    """Compile every rule and the trigger now (a long-running process's start), not on the text that first needs one."""
    trigger()
    for rule in rules():
        patterns(rule)


URL_RE = re.compile(r"(?:https?://|www\.)\S+")  # run on the lowercased text
