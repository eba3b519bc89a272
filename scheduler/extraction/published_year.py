"""The year a text settles when no address or date line gives it (GUIDE §1: "a year the text settles").

Anniversary arithmetic ("80-летие Победы в Курской битве" -> 2023), numbered recurring events
("XI Форум регионов" -> 2024), "за 18 лет" after "в 2002 году", a finished year's figures ("по итогам 2022
года" -> 2023), a weekday that fits one year, else the newest year the text reports. :func:`infer_year` gives
the year and the words that settle it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from . import lexicon as lx
from .countries import other_country
from .dates import Cand
from .founding import EVENT_BASES, PLACES, REGIONS, TOWN_STEMS
from .normalize import tense
from .points import lower

# the number may have a thousands space or comma: "1 050-летие", "1,050th anniversary"; the first digit stands
# outside the alternatives so that ``re`` scans ahead for a digit instead of trying every position
_ANNIV = re.compile(
    r"(\d(?<![\d.,]\d)(?:\d{0,2}[ ,]\d{3}(?!\d)|\d{0,3}))\s?-?\s?(?:летие|летия|летию|летием|летии|летн\w+\s+(?:годовщин|юбиле)\w*|гадов\w+\s+(?:гадавін|юбіле)\w*|лет(?:\s+со\s+дня)?|"
    r"(?:я|й|ю|ой|ая|ую|ей|го|ый)?\s+годовщин\w*|(?:я|ю|й|ая|ую|ай|ой)?\s+гадавін\w*|годдз\w*|лецц\w*|гадоў(?:\s+з\s+дня)?|"
    r"(?:th|st|nd|rd)\s+anniversary|-?years?\s+(?:anniversary|jubilee)|years\s+(?:since|of)(?:\s+the)?)(?!\w)")


def _spaced(rx: str) -> str:
    """A lexicon pattern whose spaces match any run of spaces ("Курской  битве", "Курской\u00a0битве")."""
    return rx.replace(" ", r"\s+")


_BASES = [(re.compile(_spaced(rx)), y, label) for rx, y, label in lx.BASE_DATES]  # run on lowercased text
_ANY_BASE = re.compile("|".join(f"(?:{_spaced(rx)})" for rx, _, _ in lx.BASE_DATES))  # one pass: is any base near?
# founding.EVENT_BASES, tried after the lexicon's: one pattern whose named group tells which (one compile)
_EVENTS = re.compile("|".join(f"(?P<e{i}>{_spaced(rx)})" for i, (rx, _, _) in enumerate(EVENT_BASES)))
# A place's own anniversary: "1050-летие Витебска", "80-летия со дня образования Псковской области",
# "1050-годдзе Віцебска", "the 80th anniversary of the formation of Pskov Oblast" (the name right after the words)
# the words that may stand between the anniversary and the place's name (looked up, not matched: no regex)
_PLACE_LEAD = frozenset("""со з дня основания образования создания первого упоминания заснавання утварэння стварэння
    першай згадкі of the founding foundation formation establishment first mention города горада г. city town""".split())
_REGION_NOUNS = ("област", "вобласц", "oblast", "region")
_ADJ_END = ("ой", "ай", "ая", "ую", "ий", "ей", "ое")


def _place_base(head: str) -> tuple[int, str] | None:
    """The base year of a place named at the start of ``head`` ("витебска", "псковской области", "of pskov
    oblast", "республики татарстан"), from :mod:`.founding`."""
    words = head[:100].split()[:12]
    i = next((k for k, w in enumerate(words) if w not in _PLACE_LEAD), len(words))
    w1, w2, w3 = (words[i:i + 3] + ["", "", ""])[:3]
    w1, w2 = w1.rstrip(",;:»)"), w2.rstrip(".,;:»)")
    if not w1:
        return None
    if w2.startswith(_REGION_NOUNS) or w3.startswith(_REGION_NOUNS):
        name = w1 if w2.startswith(_REGION_NOUNS) else f"{w1} {w2}"
        return REGIONS.get(name[:-2] if name.endswith(_ADJ_END) else name)
    if w2.startswith(("район", "раён", "district")):
        return None  # "100-летие Минского района": a district, not the town
    return PLACES.get(f"{w1} {w2}") or PLACES.get(w1.rstrip("."))


def _sentence_around(low: str, start: int, end: int) -> str:
    left = low[max(0, start - 150):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    right = low[end:end + 150]
    stop = min((i for i in (right.find(". "), right.find("\n")) if i >= 0), default=len(right))
    return left[cut + 1:] + " " + right[:stop]


def _dated_sentence(text: str, low: str, start: int, end: int, y: int, cands: list[Cand]) -> bool:
    """"Соглашение заключили 26 июля 2025 года в рамках празднования 1006-летия города": the sentence tells, in
    the past, when the anniversary itself was held -- a year the newest-year rule sees; the anniversary adds no vote.
    ("В 2024 году исполнится 80 лет …" announces it: that vote stays.)"""
    sentence = _sentence_around(low, start, end)
    if str(y) not in sentence:
        return False
    lo, hi = start - 160, end + 160
    return any(c.a and c.a.y == y and lo <= c.start < hi and tense(text, c.start, c.end) == "past" for c in cands)


# "Витебску исполняется 1050 лет", "Віцебску спаўняецца 1050 гадоў", "Vitebsk turns 1,050": a town's age
_AGE_BEFORE = re.compile(r"(?:исполн\w+|спаўня\w+|спо[ўу]ніл\w+|спо[ўу]ніцца|turns?|turned|отмечает|празднует|адзначае|"
                         r"святкуе|celebrates)\s+(?:свои\s+|сваё\s+|its\s+)?$")
_AFTER_OWN = frozenset("в во на и а с со у ў і з with in and on at as was is".split())


def _of_the_town(head: str) -> bool:
    """Whether an anniversary is the town's own: "1050-летие." / "1050-летие города" / "1050th anniversary with a
    concert", not "100-летие комсомола" (whose noun names what else is a hundred)."""
    if not head[:1].isalpha():
        return True  # "1050-летие.", "1000-летие, гостей встречали"
    words = [w.rstrip(".,;:!?»)") for w in head[:60].split()]
    i = next((k for k, w in enumerate(words) if w not in _PLACE_LEAD), len(words))
    return any(w in ("города", "горада", "city", "town") for w in words[:i]) or i == len(words) \
        or words[i] in _AFTER_OWN


def _town_nearby(low: str, start: int, end: int, n: int) -> tuple[int, str] | None:
    """A town of :data:`TOWN_STEMS` named in the anniversary's sentence whose founding plus ``n`` is a year a
    text may be written in ("Брест празднует 1000-летие" -> 2019)."""
    for word in re.findall(r"[^\W\d_]{4,}", _sentence_around(low, start, end)):
        for k in range(len(word), max(3, len(word) - 3), -1):
            found = TOWN_STEMS.get(word[:k])
            if found and 1990 <= found[0] + n <= 2100:
                return found
    return None


# A numbered edition ("XXII Курская Коренская ярмарка"): the event's name is looked for first, then the
# number in the few words before it (scanning every digit of a text for the number cost far more).
_NUMBERED_BACK = 120  # characters before the name in which the number may stand
# The number is the one nearest the name: no other number between ("28-29 сентября принимает XII Форум": XII),
# and not the second day of a range ("28–29").
_ORDINAL_WORD = r"(?:\d+|[ivxlc]{1,6})(?:-?(?:й|го|м|ом|ый|ого|th|st|nd|rd))?\s"


def _lead_words(rx: str) -> tuple[str, ...]:
    """The word each alternative of a lexicon pattern opens with, up to a space, which a text may spell otherwise
    («форум\\w* регионов|forum of regions» → форум, forum): one of them is in every text the pattern matches, and a
    substring test is far cheaper than a scan."""
    words = tuple(re.match(r"[^\\()\[\]|?*+{. ]*", alt).group() for alt in rx.split("|"))  # type: ignore[union-attr]
    assert "(" not in rx and all(len(w) >= 3 for w in words), rx  # (a group would hide an alternative's start)
    return words


_NUMBERED = [(re.compile(r"(?<![\w.\-–—])(\d{1,2}|[ivxlc]{1,6})(?:-?(?:й|го|м|ом|ый|ого|th|st|nd|rd))?\s+"
                         r"(?:(?!" + _ORDINAL_WORD + r")[\w\-]+\s+){0,3}?[«\"„]?(?:" + _spaced(rx) + ")"),
              re.compile(_spaced(rx)), y, label, _lead_words(rx))
             for rx, y, label in lx.NUMBERED_EVENTS]
# "за 18 лет", "уже 20 лет", "20 лет назад": digit-led (fast), the words around are checked after
_SINCE = re.compile(r"(\d(?<![\d.,]\d)\d{0,2})\s+(?:лет|года|год|гадоў|years)(?!\w)")
# … and in words, told as «двадцать один год назад», "twenty-one years ago": found by its unit and its «назад» first
# (a pattern opening with the number words scanned every text), the number looked for before the unit
_AGO_WORDS = re.compile(r"(?:лет|года|год|гадоў|years?)\s+(?:тому\s+|таму\s+)?(?:назад|таму|ago)(?!\w)")
_NUMBER_BEFORE = re.compile(r"(?<![\w-])(" + lx.NUMBER_PHRASE + r")\s+$")
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:за|уже|вот уже|на протяжении|в течение|спустя|через|for|over)"
                           r"\s+(?:последние\s+|the\s+past\s+|the\s+last\s+)?$")
_SINCE_AFTER = re.compile(r"\s+(?:назад|тому назад|таму назад|таму|ago)(?!\w)")
_FINISHED = re.compile(r"([12](?<![\d.,\-][12])\d{3})\s+(?:года|год|г\.)")
_FINISHED_BEFORE = re.compile(r"(?<!\w)(?:по итогам|по результатам|итоги|за)\s+(?:\w+\s+)?$")
# a finished year's figures: "In 2014 trade turnover ... totaled", "в 2024-м году товарооборот вырос" -> the next year
_FIGURES = re.compile(
    r"([12](?<![\d.,\-][12])\d{3})(?:-?м)?(?:\s+(?:году|год|г\.|годзе))?[^.!?\n]{0,80}?"
    r"(?:товарооборот|оборот|экспорт|импорт|тавараабарот|turnover|exports?|imports?|trade)\w*"
    r"[^.!?\n]{0,60}?(?:состав|выр[ао]с|увелич|сократ|снизил|достиг|склал|вырас|total|amount|reach|grew|increas|"
    r"rose|fell|decreas|превыс|прирос|перевысі|павялічы|скарац|знізі|exceed|cross|topp|surpass|перешагну|перакрочы)")
# "Товарооборот в 2024 году превысил 1 млрд": the figure first, then its year, then a past verb
_FIGURES_YEAR_AFTER = re.compile(
    r"(?:товарооборот|тавараабарот|товарообмен|turnover|экспорт|export|trade)\w*[^.!?\n]{0,40}?(?<!\w)(?:в|за|у|in|for)\s+"
    r"([12](?<![\d.,\-][12])\d{3})(?!\d)(?:-?м)?(?:\s+(?:году|год|г\.|годзе))?[^.!?\n]{0,30}?"
    r"(?:состав\w*л|выр[ао]с|увеличил|сократил|снизил|достиг|склаў|вырас|превысил|перавысіў|павялічы\w*|скарац\w*|"
    r"знізі\w*|total\w*|amounted|reached|grew|increased|rose|fell|decreased|exceeded)(?!\w)"
    # … or the verb first: "exports rose 12 percent in 2022", «тавараабарот павялічыўся на 12 % у 2022 годзе»
    r"|(?:товарооборот|тавараабарот|товарообмен|turnover|экспорт|export|trade)\w*[^.!?\n]{0,30}?(?<!\w)(?:выр[ао]с|увеличил|сократил|"
    r"снизил|превысил|павялічы|скарац|знізі|перавысі|grew|increased|rose|fell|decreased|exceeded)\w*[^.!?\n]{0,40}?"
    r"(?<!\w)(?:в|за|у|in|for)\s+([12](?<![\d.,\-][12])\d{3})(?!\d)")
# a figure set against a year's («равен товарообороту 2020 года», «по сравнению с аналогичным периодом 2020 года»,
# «у параўнанні з 2020 годам», "compared to the same period of 2020", "than in 2020"): that year is over
_COMPARED = re.compile(
    r"(?:по сравнению с|в сравнении с|у параўнанні з|адносна|compared (?:to|with)|than(?: in)?|равен|равн\w+|роўн\w+"
    r"|превыси\w+|перавысі\w+|exceed\w*)\s+(?:(?:товарооборот\w*|тавараабарот\w*|уров\w+|узроў\w+|показател\w+"
    r"|аналогичн\w+ период\w*|аналагічн\w+ перыяд\w*|the (?:same period|level|figure) of)\s+)?"
    r"([12](?<![\d.,\-][12])\d{3})(?!\d)(?!\s*[-–—]\s*\d)")
_FIGURES_BEFORE = re.compile(r"(?<!\w)(?:in|for|в|за|у)\s+$")
_DEADLINE = re.compile(r"(?<!\w)(?:до|да|к|па|по|until|by|till|through)\s+$")
_DEADLINE_IN = re.compile(r"(?:до|да|к|па|по|until|by|till|through)\s")  # a mention that holds its «до»: "by 2020"


def _deadline(low: str, c: Cand) -> bool:
    """"до 2030 года", "by 2030": a target, not a time the text was written in (the word before the mention or
    its own first word)."""
    return bool(_DEADLINE.search(low, max(0, c.start - 12), c.start) or _DEADLINE_IN.match(low, c.start))
# «дорожные карты на 2024 год», "the plan for 2024": a term the text looks ahead to -- it outvotes no anniversary
# («в связи с 1160-й годовщиной основания города … подписал «дорожные карты» на 2024 год» was written in 2023)
_TERM = re.compile(r"(?<!\w)(?:на|for)\s+(?:the\s+)?$")
_FIGURE_WORDS = ("оборот", "товарообмен", "экспорт", "импорт", "тавараабарот", "turnover", "export", "import", "trade")
# "ещё в октябре 2023 года договорились" looks back from a later year
_BACK_IN = re.compile(r"(?<!\w)(?:еще|ещё|as\s+early\s+as|back\s+in)\s+(?:в|во|in|at)\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)"
                      r"(?!\d)")
_BACK_IN_AT = re.compile(r"ещ[её]|as\s+early\s+as|back\s+in")  # where it may start: no look-behind, a fast scan


def _back_in(low: str) -> list[re.Match[str]]:
    """``_BACK_IN.finditer(low)``, tried only where its words stand (its leading look-behind made ``re`` try
    every position of the text)."""
    out = []
    at = _BACK_IN_AT.search(low)
    while at is not None:
        m = _BACK_IN.match(low, at.start())
        if m is not None:
            out.append(m)
        at = _BACK_IN_AT.search(low, m.end() if m is not None else at.start() + 1)
    return out


# a medal or badge named by an anniversary: «наградил медалями «75 лет освобождения Беларуси»», "the medal "80 Years
# of Victory"" (its quotes open before the number)
_DECORATION = re.compile(r"\b(?:медал|знак|знач|орден|ордэн|medal|badge)\w*\s+(?:\S+\s+){0,2}[«\"“][^»\"”]*$")
_SENTENCE_END = re.compile(r"[»\")]?[.!?]\s+")
_LAST_YEAR = re.compile(r"прошлом\s+году|минулым\s+годзе|last\s+year")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁA-ZІЎ«\"])|\n+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}  # numerals arrive lowercased; _roman upper-cases


def _roman(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    total = 0
    for i, ch in enumerate(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        nxt = _ROMAN.get(s.upper()[i + 1]) if i + 1 < len(s) else 0
        total += -v if nxt and nxt > v else v
    return total



def iso_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_PHRASE_END = re.compile(r"[.!?;\n]")


def _phrase(text: str, start: int, end: int, more: int = 40) -> str:
    """``text[start:end]`` and the words after it, up to ``more`` characters: no further than the sentence
    or line, never half a word (the evidence a person reads: "80-летия Победы в Курской битве")."""
    tail = text[end:end + more]
    stop = _PHRASE_END.search(tail)
    if stop:
        tail = tail[:stop.start()]
    elif end + more < len(text) and not text[end + more].isspace():
        tail = tail.rsplit(None, 1)[0] if " " in tail.strip() else ""
    return (text[start:end] + tail).strip()


# a liberation named by whom from, not which place: «75-летие освобождения от немецко-фашистских захватчиков»,
# «вызвалення ад нямецка-фашысцкіх захопнікаў», "the liberation from the Nazi invaders"
_FROM_INVADERS = re.compile(r"(?:(?:своего|свайго)\s+)?(?:освобождени\w*|вызвалення|(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                            r"liberation)\s+(?:\S+\s+){0,2}?(?:от|ад|from)\s")
_LIBERATED = ((re.compile(rf"(?<![\w-])(?:{lx.LIBERATED_1943})"), 1943), (re.compile(rf"(?<![\w-])(?:{lx.LIBERATED_1944})"), 1944))


def _liberated_here(low: str, start: int, end: int) -> tuple[int, str] | None:
    """The liberation year of the place the sentence around an anniversary names («Брянская область отметила …»,
    "Bryansk region celebrated …"): the one named nearest to the number."""
    lo, hi = max(0, start - 160), end + 160
    best: tuple[int, int, str] | None = None
    for rx, year in _LIBERATED:
        for m in rx.finditer(low, lo, hi):
            far = abs(m.start() - start)
            if best is None or far < best[0]:
                best = (far, year, m.group())
    return (best[1], f"освобождение ({best[2]}, {best[1]})") if best else None


# an anniversary counted from an act the text names: «со дня открытия музея», «с момента основания фестиваля», «з дня
# заснавання», "of the opening of the museum", "since the founding of"
_SINCE_ACT = re.compile(r"(?:(?:со|с)\s+(?:дня|момента)\s+|з\s+(?:дня|моманту)\s+|(?:of|since)\s+(?:the\s+)?)?"
                        r"(откры|основан|создан|учрежден|заснаван|адкрыцц|стварэнн|opening|founding|foundation|establishment)"
                        r"\w*\s+((?:[\w-]+\s+){0,4}[\w-]+)")
_ACT_VERBS = {"откры": ("откры", "адкры", "opened"), "адкрыцц": ("откры", "адкры", "opened"),
              "основан": ("основ", "заснав", "founded"), "заснаван": ("основ", "заснав", "founded"),
              "создан": ("созда", "створ", "creat"), "стварэнн": ("созда", "створ", "creat"),
              "учрежден": ("учрежд", "заснав", "establish"), "opening": ("откры", "адкры", "opened"),
              "founding": ("основ", "заснав", "founded"), "foundation": ("основ", "заснав", "founded"),
              "establishment": ("учрежд", "заснав", "establish")}


def _act_year(low: str, since: re.Match[str], start: int, end: int) -> tuple[int, str] | None:
    """The year of the act an anniversary counts from, as another sentence of the text states it («9 декабря 1992
    года … открылся мемориальный музей»: a verb of the act and the same noun beside a year), else None."""
    verbs = _ACT_VERBS.get(since.group(1), ())
    nouns = [w[:4] for w in since.group(2).split() if len(w) >= 4 and w not in ("the", "of")][:4]  # what was opened
    at = 0
    for sent in re.split(r"(?<=[.!?])\s+|\n+", low):
        lo, at = low.find(sent, at), low.find(sent, at) + len(sent)
        if not any(n in sent for n in nouns) or not any(v in sent for v in verbs) or lo <= start < at:
            continue  # (not the anniversary's own sentence)
        years = [int(y) for y in re.findall(r"(?<!\d)((?:18|19|20)\d\d)(?!\d)", sent)]
        if len(years) == 1:
            return years[0], f"{since.group(1)} ({years[0]})"
    return None


def _anniversary_years(text: str, low: str, cands: list[Cand]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    anniversaries = any(k in low for k in ("лет", "годовщин", "годдз", "гадавін", "гадов", "гадоў", "лецц", "anniversary",
                                           "jubilee", "years"))
    found = list(_ANNIV.finditer(low)) if anniversaries else []
    for i, m in enumerate(found):
        n = int(re.sub(r"\D", "", m.group(1)))
        if _DECORATION.search(low, max(0, m.start() - 60), m.start()):
            continue  # «медалями «75 лет освобождения Беларуси»»: a decoration's name, awarded for years after
        # «81-й годовщине прорыва блокады и 80-летию Победы»: a base is looked for up to the next anniversary only
        what = low[m.end():min(m.end() + 90, found[i + 1].start() if i + 1 < len(found) else len(low))]
        # "80 лет Победы", "80 гадоў Перамогі": the base must follow at once ("за 80 лет" is a duration)
        plain = m.group(0).endswith(("лет", "дня", "гадоў"))
        head = what.lstrip()
        # a place named right after the number ("1050-летие Витебска"), else the first base in the lexicon's order
        # (the most specific first) named right after it or, but for "N лет", a few words on
        hit = _place_base(head) if head[:1].isalpha() else None
        if hit and not 1990 <= hit[0] + n <= 2100:
            continue  # "100-летие Мозыря" in a text about 1255: no year a text is written in
        reach = min(90, len(what), what.find(".") if "." in what else 90)  # the rest of its sentence: «80-й годовщине
        # разгрома советскими войсками немецко-фашистских войск в Сталинградской битве»
        if hit is None and _ANY_BASE.search(what):  # else "20 лет" of a duration: no base event follows
            hit = next(((base, label) for rx, base, label in _BASES
                        if rx.match(head) or (not plain and rx.search(what, 0, reach))), None)
        if hit is None and _FROM_INVADERS.match(head):
            hit = _liberated_here(low, m.start(), m.end())  # «Брянщина отметила 75-летие освобождения от захватчиков»
        if hit is None and (since := _SINCE_ACT.match(head)) is not None:
            hit = _act_year(low, since, m.start(), m.end())  # «25-летию со дня открытия музея» where the text says
            # «9 декабря 1992 года … открылся мемориальный музей»
        if hit is None:
            ev = _EVENTS.match(head) or (None if plain else _EVENTS.search(what, 0, 60))
            hit = EVENT_BASES[int(ev.lastgroup[1:])][1:] if ev and ev.lastgroup else None
        if hit is None and n >= 100 and (_AGE_BEFORE.search(low, max(0, m.start() - 30), m.start())
                                         or not plain and _of_the_town(head)):
            hit = _town_nearby(low, m.start(), m.end(), n)  # "Витебск отметил 1050-летие": the town in the sentence
        if hit:
            y = hit[0] + n
            before = low[max(0, m.start() - 120):m.start()]
            if _LAST_YEAR.search(before):
                y += 1
            if 1900 <= y <= 2100 and not _dated_sentence(text, low, m.start(), m.end(), y, cands):
                out.append((y, f"{_phrase(text, m.start(), m.end())} ({hit[1]})"))
    for rx, name, first, label, words in _NUMBERED:
        if not any(w in low for w in words):
            continue
        seen: set[int] = set()
        for n_match in name.finditer(low):
            ed = rx.search(low, max(0, n_match.start() - _NUMBERED_BACK), n_match.end())
            if ed is None or ed.start() in seen:
                continue
            if label.endswith("Беларуси и России") and other_country(low[n_match.end(): n_match.end() + 40]):
                continue  # «I Форум регионов Беларуси и Узбекистана»: another series, with editions of its own
            seen.add(ed.start())
            num = text[ed.start(1):ed.end(1)]
            if not (num.isdigit() or (num.isupper() and (len(num) > 1 or not low[ed.end(1) + 1:ed.end(1) + 2].isascii()))):
                continue  # Roman numerals are capitals, and English "I will visit the Forum" is no edition number
            nth = _roman(ed.group(1))
            if nth and 0 < nth < 80 and not _dated_sentence(text, low, ed.start(), ed.end(), first + nth - 1, cands):
                # («в 2022 году в рамках IX Форума … был заключен договор»: the edition is history, dated in the
                # past by its own sentence -- no vote for the year the text is written in)
                out.append((first + nth - 1, f"{text[ed.start():ed.end()]} ({label}, first in {first})"))
    return out


def _since_years(text: str, low: str, cands: list[Cand]) -> list[tuple[int, str]]:
    """"За 18 лет" after "в 2002 году" -> 2020: the earliest year named in this and the two previous sentences."""
    points = [(c.start, c.a.y) for c in cands if c.a and c.b is None and c.a.y and not c.rel]
    out = []
    found: list[tuple[int, int, str]] = [(m.start(), m.end(), m.group(1)) for m in _SINCE.finditer(low)]
    for m in _AGO_WORDS.finditer(low) if "назад" in low or "таму" in low or " ago" in low else ():
        if (num := _NUMBER_BEFORE.search(low, max(0, m.start() - 30), m.start())) is not None:
            found.append((num.start(1), m.start() + len(m.group().split()[0]), num.group(1)))
    for start, end, number in sorted(found):
        if not (_SINCE_BEFORE.search(low, max(0, start - 40), start) or _SINCE_AFTER.match(low, end)):
            continue
        n = lx.number_value(number) or 0
        left = text[max(0, start - 500):start]
        bounds = [b.end() for b in _SENT_SPLIT.finditer(left)]
        near = start - len(left) + (bounds[-2] if len(bounds) >= 2 else 0)  # this sentence and the one before
        far = start - len(left) + (bounds[-3] if len(bounds) >= 3 else 0)  # ... and one more, in a chain of years
        years = [y for s, y in points if near <= s < start]
        if years:  # («2 апреля 1996 г. … Уже через год, 1997 … уже 20 лет»; but «Вечный огонь, зажжённый в 1961
            # году. Гости возложили цветы. … сотрудничает на протяжении 11 лет» counts from nothing)
            years += [y for s, y in points if far <= s < near]
        ago = _SINCE_AFTER.match(low, end)
        right_after = [y for s, y in points if ago.end() <= s < ago.end() + 40] if ago else []
        if right_after:  # "more than 10 years ago (in 2012 …)": the year the count is told with, not one named before
            years = right_after
        elif not years and ago:  # «78 гадоў таму пачалася Вялікая Айчынная вайна»: an event of known year right after
            years = [base for rx, base, _ in _BASES if rx.search(low, ago.end(), ago.end() + 60)][:1]
        elif years and min(years) > min(y for _, y in points):
            continue  # counted from a year that is not where the story starts (the earliest it names)
        if years and n > 0:
            y = min(years) + n
            if 1900 <= y <= 2100:
                out.append((y, f"{min(years)} … {text[start:end]}"))
    return out


# "this year marks 20 years of cooperation. The agreement was signed on 29 April 2003": an age told, its start
# named in the next sentence (digit-led, as _SINCE)
_TURNED = re.compile(rf"(?:{lx.AGE_REACHED})\s+(?:уже\s+|already\s+)?(\d{{1,3}})\s+(?:{lx.AGE_YEARS})"
                     r"(?!\s+(?:назад|таму|ago|со дня|з дня|since))")
# … and the start told in the same sentence: "This year marks 25 years since the regions signed their first agreement in
# 1998", «исполняется 25 лет с тех пор, как … в 1998 году», «спаўняецца 25 гадоў з таго часу, як …», "it has been 25
# years since …"
# (found by its number first, so that ``re`` skips to digits; the verb is looked for before it: _TURNED_VERB)
_TURNED_SINCE = re.compile(rf"(\d(?<!\d\d)\d{{0,2}})\s+(?:{lx.AGE_YEARS})\s*,?\s+(?:since|с\s+тех\s+пор"
                           r"|с\s+того\s+(?:дня|момента|времени)|з\s+таго\s+(?:часу|дня|моманту)|з\s+тых\s+пор)\b")
_TURNED_VERB = re.compile(rf"(?:{lx.AGE_REACHED}|прошло|прошли|минуло|прайшло|прайшлі|мінула|(?:it\s+)?has\s+been"
                          r"|it\s+is|it's\s+been)\s+(?:уже\s+|already\s+|ровно\s+|exactly\s+)?$")


def _turned_years(text: str, low: str, cands: list[Cand]) -> list[tuple[int, str]]:
    """«В этом году исполнилось 20 лет сотрудничеству. Договор … был подписан 29 апреля 2003 года» -> 2023: the one
    year the next sentence names, as the start the age is counted from (none where it names more, or none)."""
    out = []
    for m in _TURNED.finditer(low) if ("исполн" in low or "споўн" in low or "спаўн" in low or "mark" in low
                                        or "turn" in low) else ():
        right = text[m.end(): m.end() + 300]
        ends = [b.end() for b in _SENT_SPLIT.finditer(right)]
        if not ends:
            continue
        lo = m.end() + ends[0]
        hi = m.end() + (ends[1] if len(ends) > 1 else len(right))
        years = {c.a.y for c in cands if lo <= c.start < hi and c.a and c.a.y and c.b is None and not c.rel}
        if len(years) == 1 and 1900 <= (y := years.pop() + int(m.group(1))) <= 2100:
            out.append((y, f"{text[m.start():m.end()]} … {y - int(m.group(1))}"))
    for m in _TURNED_SINCE.finditer(low) if "since" in low or "пор" in low or "того" in low or "таго" in low else ():
        if not _TURNED_VERB.search(low, max(0, m.start() - 40), m.start()):
            continue
        end = _SENTENCE_END.search(text, m.end())
        hi = end.start() if end else len(text)
        years = {c.a.y for c in cands if m.end() <= c.start < hi and c.a and c.a.y and c.b is None and not c.rel}
        if len(years) == 1 and 1900 <= (y := years.pop() + int(m.group(1))) <= 2100:
            out.append((y, f"{text[m.start():m.end()]} … {y - int(m.group(1))}"))
    return out


_LAST_YEAR = re.compile(r"\b(?:в прошлом году|в минувшем году|в прошедшем году|летась|у мінулым годзе|last year)\b")


_LAST_YEAR_NAMED = re.compile(r"\s*[,(—–-]\s*(?:в|во|у|ў|in)?\s*(?:19|20)\d\d(?!\d)")


def _last_year_told(text: str, low: str, cands: list[Cand]) -> list[tuple[int, str]]:
    """«… началось в прошлом году. 27 июня 2023 года в рамках форума …», "… began last year. On 27 June 2023 …": the
    year the next sentence opens with is last year, so the text is of the year after it (and so is the year said
    right after it: «Летась, у 2022 годзе, тавараабарот склаў …»)."""
    out = []
    for m in _LAST_YEAR.finditer(low) if ("прошл" in low or "минув" in low or "прошедш" in low or "летась" in low
                                          or "мінул" in low or "last year" in low) else ():
        end = _SENTENCE_END.match(text, m.end())
        if end is None and (same := _LAST_YEAR_NAMED.match(low, m.end())) is not None:
            lo, hi = m.end(), same.end()  # «Летась, у 2022 годзе, …», "last year, in 2022,": the year said after it
        elif end is None:
            continue  # (the year must be told in the sentence right after the one that ends with «в прошлом году»)
        else:
            lo, hi = end.end(), end.end() + 40
        years = {c.a.y for c in cands if lo <= c.start < hi and c.a and c.a.y and c.b is None and not c.rel}
        if len(years) == 1 and 1900 <= (y := years.pop() + 1) <= 2100:
            out.append((y, f"{text[m.start():m.end()]} … {y - 1}"))
    return out


def _figures_year_after(low: str) -> list[re.Match[str]]:
    out = []
    for word in ("товарооборот", "тавараабарот", "товарообмен", "turnover", "экспорт", "export", "trade"):
        at = low.find(word)
        while at >= 0:
            m = _FIGURES_YEAR_AFTER.match(low, at)
            if m:
                out.append(m)
            at = low.find(word, at + len(word))
    return out


_BASE_YEARS: dict[int, list[re.Pattern[str]]] = {}
for _rx, _y, _ in _BASES:  # the observances and battles, compiled once; not EVENT_BASES
    _BASE_YEARS.setdefault(_y, []).append(_rx)  # ("в 2014 году … ЕАЭС" is news, not history)


def _history(low: str, c: Cand, y: int) -> bool:
    """"2 апреля отмечается День единения … в 1996 году был подписан договор": the year of the event an
    observance or anniversary counts from, named beside it, is history, not when the text was written."""
    return any(rx.search(low, max(0, c.start - 200), c.end + 100) for rx in _BASE_YEARS.get(y, ()))


# a tally for part of a year -- «за семь месяцев 2023 года», «в первом полугодии», «за студзень-ліпень», "in
# January-July 2023", "in the first half of 2023" -- is written while that year goes on
_PART_OF_YEAR = re.compile(  # (found by the noun, as a preposition first made `re` try every «в» of the text)
    r"(?:месяц|квартал|полугоди|меся|паўгодд|кварта|month|quarter|half|(?:январ|студзен|january)\w*\s*[-–—]\s*\w+)"
    r"\w*(?:\s+of)?\s+((?:19|20)\d\d)(?!\d)")
_PART_WORDS = ("меся", "кварта", "полугод", "паўгод", "month", "quarter", "half", "январ", "студзен", "january")


def _newest_year(text: str, low: str, cands: list[Cand]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    going: list[int | None] = []  # the year a part-year tally names, looked for only when a term could be skipped

    def going_on() -> int | None:
        if not going:
            going.append(max((int(m.group(1)) for m in _PART_OF_YEAR.finditer(low)), default=None)
                         if any(w in low for w in _PART_WORDS) else None)
        return going[0]

    reported_days: list[tuple[int, int]] = [  # (days and spans of days: «18–19 октября 2023 года»)
        (c.start, y) for c in cands if not c.rel and c.a and c.a.d
        and (y := c.a.y or (c.b.y if c.b is not None else None)) is not None]
    for c in cands:
        if c.rel or c.a is None:
            continue
        y = c.a.y if c.a.y else (c.b.y if c.b else None)
        if c.b is None and _deadline(low, c):
            continue  # "до 2030 года", "by 2030": a target, not a time the text was written in
        if c.weekday is not None and c.a.d and _alone_on_its_line(text, c):
            continue  # «Понедельник, 21 апреля 2025» over the page: the day it was seen, not of the text (GUIDE §1)
        if y and c.b is not None and c.a.m is None and any(d < y for at, d in reported_days if at < c.start) and (
                _TERM.search(low, max(0, c.start - 12), c.start) or low.startswith(("на ", "for "), c.start)):
            continue  # «18 июля 2023 г. состоялась встреча … план на 2024-2025 годы»: the plan's term is ahead of
            # the day the text has reported (not of one it recalls after: «Напомним, … 26 июля 2025 года»)
        if y and (best is None or y > best[0]) and c.a.m is None and (
                _TERM.search(low, max(0, c.start - 12), c.start) or low.startswith(("на ", "for "), c.start)) \
                and (g := going_on()) and y > g:
            continue  # «дорожные карты на 2024-2025 годы» beside «за семь месяцев 2023 года»: the plan is ahead
        if c.a.m is None and y and (best is None or y > best[0]) and (c.b is None or _TERM.search(
                low, max(0, c.start - 12), c.start) or low.startswith(("на ", "for "), c.start)) \
                and tense(text, c.start, c.end) == "future":
            continue  # "В 2019 году планируется провести...", "expected to sign a plan for 2023-2025": ahead
        if c.b is None and y and (_SINCE_THEN.search(low, c.end, c.end + 240)
                                  or _STARTING.search(low, max(0, c.start - 24), c.start)
                                  or low.startswith(("since ", "starting in ", "starting from "), c.start)):
            continue  # «В 2010 году подписан первый договор. С тех пор подписано ещё пять»: written years later
        if y and 1991 <= y <= 2100 and (best is None or y > best[0]) and not (c.b is None and _history(low, c, y)):
            best = (y, text[c.start:c.end])  # "9 мая 1945 года" is history
    after = after_finished(text, low)
    if after is not None and (best is None or after[0] > best[0]):
        best = after
    return best


# «Начиная с 1998 года на этих встречах обсуждают …», «пачынаючы з 2010 года», "since 2015", "starting in 2015": the
# first year of what still goes on, not the year a text was written in
_STARTING = re.compile(r"(?:начиная\s+с|начиная\s+со|пачынаючы\s+з|since|starting\s+(?:in|from))\s+(?:the\s+)?$")
_SINCE_THEN = re.compile(r"\bс тех пор\b|\bс того времени\b|\bз таго часу\b|\bз тых часоў\b|\bsince then\b")


def _alone_on_its_line(text: str, c: Cand) -> bool:
    ls, le = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    return len(text[ls: le if le >= 0 else len(text)].strip()) <= (c.end - c.start) + 16


def after_finished(text: str, low: str) -> tuple[int, str] | None:
    """The year after the latest one the text reports as finished («по итогам 2023 года», "In 2023, the trade
    turnover exceeded"): the text is written in it or later."""
    finished = [m for m in _FINISHED.finditer(low) if _FINISHED_BEFORE.search(low, max(0, m.start() - 40), m.start())]
    if any(k in low for k in _FIGURE_WORDS):
        finished += [m for m in _FIGURES.finditer(low) if _FIGURES_BEFORE.search(low, max(0, m.start() - 8), m.start())]
        finished += list(_COMPARED.finditer(low))
        finished += _figures_year_after(low)
    if "еще" in low or "ещё" in low or "early" in low or "back" in low:
        finished += _back_in(low)
    best: tuple[int, str] | None = None
    for m in finished:
        y = int(next(g for g in m.groups() if g)) + 1
        if best is None or y > best[0]:
            best = (y, text[m.start():m.end()])
    return best


def _weekday_year(text: str, cands: list[Cand]) -> tuple[int, str] | None:
    """"В пятницу, 7 февраля" fits only one of the years the text names (give or take one): that year."""
    days = [c for c in cands if c.weekday is not None]
    if not days:
        return None
    named = {c.a.y for c in cands if c.a and c.a.y} | {c.b.y for c in cands if c.b and c.b.y}
    options = {y + k for y in named for k in (-1, 0, 1)}
    for pool in (options, None):
        if pool is None:
            # … or, where none of those fits, a year counted on from one named by a count of years the text gives:
            # «Подписанию соглашения в этом году исполнилось 20 лет: документ был подписан в 2005 году … В пятницу, 14
            # ноября»
            pool = {y + int(n.group(1)) + k for y in named for n in _SINCE.finditer(lower(text))
                    if 0 < int(n.group(1)) <= 150 for k in (-1, 0, 1)} - options
        for c in days:
            a = c.a
            if c.weekday is None or a is None or a.y is not None or a.m is None or a.d is None:
                continue
            fits = sorted(y for y in pool if iso_date(y, a.m, a.d) and date(y, a.m, a.d).weekday() == c.weekday)
            if len(fits) == 1:
                return fits[0], f"{text[c.start:c.end]} ({fits[0]})"
    return None


def _next_year_named(text: str, low: str, cands: list[Cand]) -> tuple[int, str] | None:
    """"Витебск станут побратимами в 2024 году … документ будет подписан в следующем году": a year the text
    announces, called "next year" close by, is the year after publication -- when no later year is named."""
    nxt = [c for c in cands if c.rel == ("year", 1)]
    if not nxt:
        return None
    years = [(c, c.a.y) for c in cands if c.a and c.a.y and c.b is None and not c.rel and c.a.m is None
             and not _deadline(low, c)]
    newest = max((c.a.y for c in cands if c.a and c.a.y and not c.rel), default=None)  # type: ignore[union-attr]
    for r in nxt:
        if tense(text, r.start, r.end) != "future":
            continue
        for c, y in years:
            if y == newest and abs(c.start - r.start) < 400 and tense(text, c.start, c.end) != "past":
                return y - 1, f"{text[c.start:c.end]} … {text[r.start:r.end]}"
    return None


# "signed two and a half years ago": a count of years ago in words or digits, halves included
_AGO = re.compile(r"(?<!\w)(\d{1,2}|" + lx.NUMBER_PHRASE + r"|полтора|паўтара)"
                  r"(\s+(?:с половиной|з паловай|and a half))?\s+(?:лет|года|год|гадоў|гады|years?)\s+"
                  r"(?:назад|тому назад|таму назад|таму|ago)(?!\w)")
_STEM = re.compile(r"[а-яёіўa-z]{6,}")


def _ago_years(text: str, low: str, cands: list[Cand]) -> list[tuple[int, str]]:
    """«… с марта 2023 года после подписания соглашения … Наше соглашение, подписанное два с половиной года назад»
    -> 2025: a count of years ago from an act the text dated a few sentences before (the act's verb or noun in both
    places: «подписан…» and «подписания»), the act's month counted in."""
    out: list[tuple[int, str]] = []
    for m in _AGO.finditer(low) if ("назад" in low or "таму" in low or " ago" in low) else ():
        word = m.group(1)
        n = 1.5 if word in ("полтора", "паўтара") else float(lx.number_value(word) or 0)
        n += 0.5 if m.group(2) else 0
        if any(c.a and c.a.y and m.end() <= c.start < m.end() + 40 for c in cands):
            continue  # "more than 10 years ago (in 2012 …)": the count's own year is told with it (see _since_years)
        stems = {w[:6] for w in _STEM.findall(low, max(0, m.start() - 40), m.start())}
        dated = [c for c in cands if c.a and c.a.y and c.b is None and not c.rel and m.start() - 700 < c.start < m.start()
                 and any(st in low[max(0, c.start - 60): c.end + 60] for st in stems)]
        if not stems or not dated:
            continue
        c = dated[-1]
        assert c.a is not None and c.a.y is not None
        y = int(c.a.y + n + ((c.a.m or 1) - 1) / 12)
        if 1900 <= y <= 2100:
            out.append((y, f"{c.a.y} … {text[m.start():m.end()]}"))
    return out


def infer_year(text: str, cands: list[Cand]) -> tuple[int, str] | None:
    """The year a text settles, with its evidence; None when nothing does."""
    by_weekday = _weekday_year(text, cands)
    if by_weekday:
        return by_weekday
    low = lower(text)
    votes = _anniversary_years(text, low, cands) + _since_years(text, low, cands) + _turned_years(text, low, cands) \
        + _last_year_told(text, low, cands) + _ago_years(text, low, cands)
    if votes:  # no earlier than a year the text reports (not one it announces or aims at)
        low_vote = min(y for y, _ in votes)
        later = sorted(((c, c.a.y) for c in cands if c.a and c.a.y and c.a.y > low_vote and c.b is None
                        and not c.rel), key=lambda cy: -cy[1])
        reported = next((y for c, y in later if not _deadline(low, c)
                         and not _TERM.search(low, max(0, c.start - 12), c.start)
                         and not low.startswith(("на ", "for "), c.start)
                         and tense(text, c.start, c.end) != "future"), None)
        votes = [v for v in votes if reported is None or v[0] >= reported]
    if votes:
        counts = Counter(y for y, _ in votes)
        top = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return top, next(ev for y, ev in votes if y == top)
    return _next_year_named(text, low, cands) or _newest_year(text, low, cands)
