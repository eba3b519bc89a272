"""People's names written in Belarusian or English, in Russian: «Аляксандру Лукашэнку» → «Александр Лукашенко»,
"Andrei Vorobyov" → «Андрей Воробьёв».

A calendar kept in Russian names people as Russian does. The spelling is undone by rules (Belarusian і/ў/э,
дзеканне and цеканне, «шч»; English digraphs as the usual romanisations write them), and where the rules leave a
choice — Belarusian аканне hides which «а» was an «о», English drops the soft sign — each way is tried and the
one pymorphy3's dictionary knows as a first name or a surname wins. Belarusian case endings are undone as
Russian ones are (the first name's case tells the surname's), and «-енка» surnames, which Belarusian declines
and Russian does not, end in «-енко». A pair whose first word is no first name is not a person: None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations

from .event_text import morph, parses

_VOWELS = "аеёиоуыэюя"


def _known(word: str, tag: str, single: bool = False) -> bool:
    """pymorphy3's dictionary holds ``word`` with ``tag`` (Name, Surn), in the singular if ``single``."""
    return morph().word_is_known(word) and any(tag in p.tag and (not single or p.tag.number == "sing")
                                               for p in parses(word))


def _variants(base: str, flips: list[tuple[int, str, str]], most: int = 2) -> Iterator[str]:
    """``base``, then ``base`` with one and then two of the optional changes ``(at, old, new)`` made."""
    yield base
    for k in range(1, min(most, len(flips)) + 1):
        for chosen in combinations(flips, k):
            w = base
            for at, old, new in sorted(chosen, reverse=True):  # from the end, so earlier offsets hold
                w = w[:at] + new + w[at + len(old):]
            yield w


# the endings of Russian surnames in -ов/-ев/-ин/-ский by case and gender, for a surname pymorphy3 does not know as one
# («Павлом Коньковым» → «Коньков», not the village «Коньково»)
_SURNAME_ENDINGS = {
    "masc": (("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
             ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"), ("ева", "ев"), ("еву", "ев"), ("евым", "ев"),
             ("еве", "ев"), ("ина", "ин"), ("ину", "ин"), ("иным", "ин"), ("ине", "ин")),
    "femn": (("ской", "ская"), ("скую", "ская"), ("овой", "ова"), ("ову", "ова"), ("евой", "ева"), ("еву", "ева"),
             ("иной", "ина"), ("ину", "ина")),
}


@lru_cache(maxsize=65536)  # pymorphy3's inflection is slow (0.2 ms) and the same people come back in every release
def surname_nominative(last: str, case: str, gender: str) -> str:
    """«Богомаза» (gent, masc) → «Богомаз»: the surname in the nominative, as the first name's case and gender
    read it; as written when no parse of that case inflects."""
    ps = parses(last.lower())
    if case != "nomn" and not any("Surn" in p.tag for p in ps):
        low = last.lower()
        got = next((low[: -len(a)] + b for a, b in _SURNAME_ENDINGS.get(gender, ()) if low.endswith(a)
                    and len(low) > len(a) + 2), None)
        if got:
            return got[:1].upper() + got[1:]
    for sp in ps:
        if sp.tag.case == case and ("Surn" in sp.tag or sp.tag.POS == "NOUN"):
            f = sp.inflect({"nomn", gender} if "Surn" in sp.tag else {"nomn"})
            if f is not None:
                return f.word[:1].upper() + f.word[1:]
            break
    return last


# --- Belarusian ---------------------------------------------------------------------------------

_BE_LETTERS = str.maketrans({"і": "и", "ў": "в", "'": "ь", "’": "ь", "ʼ": "ь"})
_BE_RULES = (
    (re.compile(r"шч"), "щ"),
    (re.compile(r"дз(?=[еёиюяь]|[бвмнр][еёиюяь])"), "д"),  # дзеканне: «Дзмітрый» → «Дмитрий»
    (re.compile(r"(?<=[шжчщ])ы"), "и"),  # «Шыманскі» → «Шиманский»
    (re.compile(r"(?<=[шжчщц])а(?=нк)"), "е"),  # «Галоўчанка» → «Головченко»
    (re.compile(r"(?<=\w)э"), "е"),
    (re.compile(r"^у(?=[^аеёиоуыэюя])"), "в"),  # «Уладзімір» → «Владимир»
    (re.compile(r"([бвгдзклмнпрстфх])\1(?=[яюеи])"), r"\1ь"),  # «Наталля» → «Наталья», «Ілля» → «Илья»
    (re.compile(r"цц(?=[яюеи])"), "ть"),  # «Таццяна» → «Татьяна»
    (re.compile(r"(?:ск|цк)и$"), lambda m: m.group()[:-1] + "ий"),  # «Шыманскі» → «Шиманский»
)
_BE_KO = re.compile(r"к(?:а|и|у|е|ам|ай|ою)$")  # «Лукашэнка», «Шулейкам»: declined in Belarusian, never in Russian
# first names whose Belarusian or English form is more than a spelling of the Russian one (nominative)
FIRST_NAMES = {
    "мікалай": "Николай", "кацярына": "Екатерина", "ягор": "Егор", "пятро": "Пётр", "фёдар": "Фёдор",
    "хведар": "Фёдор", "зміцер": "Дмитрий", "рыгор": "Григорий", "генадзь": "Геннадий", "яўген": "Евгений",
    "юрый": "Юрий", "язэп": "Иосиф", "надзея": "Надежда",
    "alexander": "Александр", "peter": "Пётр", "paul": "Павел", "michael": "Михаил", "nicholas": "Николай",
    "andrew": "Андрей", "george": "Георгий", "eugene": "Евгений", "helen": "Елена", "catherine": "Екатерина",
    "gregory": "Григорий", "joseph": "Иосиф", "jacob": "Яков", "julia": "Юлия", "tatiana": "Татьяна",
}
# rare spellings pymorphy3's dictionary also holds as first names → the usual Russian one
USUAL = {
    "александор": "Александр", "александер": "Александр", "владимер": "Владимир", "миколай": "Николай",
    "игор": "Игорь", "виктар": "Виктор", "пятр": "Пётр", "анатоль": "Анатолий", "василь": "Василий",
    "виталь": "Виталий", "ганна": "Анна", "юри": "Юрий", "татяна": "Татьяна", "наталя": "Наталья",
    "михайл": "Михаил", "едуард": "Эдуард", "олга": "Ольга", "алег": "Олег",
}


def _be_base(word: str) -> str:
    w = word.lower().translate(_BE_LETTERS)
    for rx, new in _BE_RULES:
        w = rx.sub(new, w)
    return w


def _be_flips(w: str) -> list[tuple[int, str, str]]:
    """The changes a Belarusian spelling may hide: an «а» that was «о» (аканне), a «я» that was «е» (яканне),
    a «ц» that was «т» (цеканне), a «ры» that was «ри», a «во»/«га» prefixed to a first name («Вольга», «Ганна»),
    a soft sign Belarusian does not write after a lip consonant («Варабёў» → «Воробьёв»)."""
    out: list[tuple[int, str, str]] = []
    for i, ch in enumerate(w[:-1]):
        if ch == "а" and i:
            out.append((i, "а", "о"))
            if w[i - 1] in "жшчщцр":  # «Шчарбіна» → «Щербина»
                out.append((i, "а", "е"))
        if ch in "ёеяю" and i and w[i - 1] in "бпвмф":
            out.append((i, ch, "ь" + ch))
        if ch == "я" and w[i - 1:i] not in _VOWELS:  # (also a first «я»: «Яўгена» → «Евгения»)
            out.append((i, "я", "е"))
        elif ch == "ц" and w[i + 1] in "еёиюяьв":
            out.append((i, "ц", "т"))
        elif ch == "ы" and w[i - 1:i] == "р":
            out.append((i, "ы", "и"))
    if w.startswith(("во", "га")):
        out.append((0, w[0], ""))
    if w.startswith("а"):
        out.append((0, "а", "о"))
    return out


def russian_spellings(word: str) -> Iterator[str]:
    """The Russian spellings a Belarusian word may stand for, likeliest first («Беразнікі» → «березники», …)."""
    base = _be_base(word)
    yield from _variants(base, [f for f in _be_flips(base) if f[1] != "ц" or f[0] < len(base) - 2])


def _be_first(word: str) -> tuple[str, str, str] | None:
    """A Belarusian first name in any case → (its Russian nominative, case, gender); None if no first name."""
    if (known := FIRST_NAMES.get(word.lower())) is not None:
        p = next(p for p in parses(known.lower()) if "Name" in p.tag)
        return known, "nomn", p.tag.gender or "masc"
    base = _be_base(word)
    for w in _variants(base, _be_flips(base)):
        if _known(w, "Name", single=True):
            p = next(p for p in parses(w) if "Name" in p.tag and p.tag.number == "sing")
            name = p.inflect({"nomn"}).word if p.tag.case != "nomn" else w
            return USUAL.get(name) or _title(name), p.tag.case or "nomn", p.tag.gender or "masc"
    return None


# a Belarusian surname's ending in any case → the Russian nominative's, by the first name's gender
_BE_MASC = ((re.compile(r"([ао])в(?:а|у|ым|е)?$"), "ов"), (re.compile(r"ев(?:а|у|ым|е)?$"), "ев"),
            (re.compile(r"ёв(?:а|у|ым|е)?$"), "ёв"), (re.compile(r"([иы])н(?:а|у|ым|е)?$"), r"\1н"),
            (re.compile(r"(ск|цк)(?:ий|ага|аму|им)$"), r"\1ий"), (re.compile(r"авич(?:а|у|ам|е)?$"), "ович"),
            (re.compile(r"ич(?:а|у|ам|е)$"), "ич"),
            (re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ам|ом|е)$"), ""))  # «з Багамазам» → «Богомаз»
_BE_FEMN = ((re.compile(r"([ао])в(?:а|ай|ой|ую)$"), "ова"), (re.compile(r"ев(?:а|ай|ой|ую)$"), "ева"),
            (re.compile(r"([иы])н(?:а|ай|ой|ую)$"), r"\1на"), (re.compile(r"(ск|цк)(?:ая|ай|ой|ую)$"), r"\1ая"))


def _be_surname(word: str, case: str, gender: str) -> str:
    """A Belarusian surname in ``case`` → its Russian nominative."""
    base = _be_base(word)
    if _BE_KO.search(base):
        base = _BE_KO.sub("ко", base)
    elif rule := next(((rx, new) for rx, new in (_BE_FEMN if gender == "femn" else _BE_MASC)
                       if (m := rx.search(base)) and (case != "nomn" or m.expand(new) == m.group().replace("ав", "ов"))),
                      None):  # (in the nominative only «-аў» changes: «Шчарбіна» keeps its «-а»)
        base = rule[0].sub(rule[1], base)
    elif _known(base, "Surn"):
        base = surname_nominative(_title(base), case, gender).lower()
    spellings = list(_variants(base, [f for f in _be_flips(base) if f[0] < len(base) - 1], most=3))
    # a surname the dictionary knows, else a Russian noun that the Belarusian spelling hides («Багамаз» → «Богомаз»)
    return _title(next((w for w in spellings if _known(w, "Surn")), None)
                  or next((w for w in spellings[1:] if _noun(w) and not _noun(base)), base))


def _noun(word: str) -> bool:
    """A noun the dictionary knows in the nominative singular («богомаз», not «евреев»)."""
    return morph().word_is_known(word) and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
                                               for p in parses(word))


# --- English ------------------------------------------------------------------------------------

_EN_RULES = (  # the usual romanisations of Russian and Belarusian, longest first
    (re.compile(r"shch|sch"), "щ"), (re.compile(r"zh"), "ж"), (re.compile(r"kh"), "х"), (re.compile(r"ts(?!h)|tz"), "ц"),
    (re.compile(r"ch"), "ч"), (re.compile(r"sh"), "ш"), (re.compile(r"^e(?=d|m|r|lv|lm|ll|i)"), "э"),
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ia$"), "ия"),  # "Natalia", "Yulia"
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ya$"), "ья"),  # "Natalya", "Ilya"
    (re.compile(r"(?:sk(?:iy|ii|y|i))$"), "ский"), (re.compile(r"(?:ts|c)k(?:iy|ii|y|i)$"), "цкий"),
    (re.compile(r"iye"), "ие"), (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ye"), "ье"),
    (re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])yo"), "ьё"), (re.compile(r"^ye|(?<=[aeiouy])ye"), "е"),
    (re.compile(r"yo"), "ё"), (re.compile(r"yu|iu"), "ю"), (re.compile(r"ya|ia$"), "я"),
    (re.compile(r"(?<=[aeiou])(?:i|y)(?![aeiou])"), "й"), (re.compile(r"(?:iy|ii)$"), "ий"),
    (re.compile(r"(?<=[kgh])y$"), "ий"), (re.compile(r"y$"), "ый"), (re.compile(r"y"), "ы"),
    (re.compile(r"x"), "кс"), (re.compile(r"^e"), "е"), (re.compile(r"e"), "е"),
)
_EN_LETTERS = str.maketrans("abvgdzijklmnoprstufhcwq", "абвгдзийклмнопрстуфхквк")


def _en_base(word: str) -> str:
    w = word.lower()
    for rx, new in _EN_RULES:
        w = rx.sub(new, w)
    return w.translate(_EN_LETTERS)


def _en_flips(w: str) -> list[tuple[int, str, str]]:
    """What a romanisation may drop or change: a soft sign («Ilya» → «Илья», "Igor" → «Игорь»), «Э» for «E»
    ("Eduard"), «ий» for a final «и» ("Dmitri"), an «е» written between consonants ("Alexander" → «Александр»),
    «ё» for «е» ("Pyotr"), «й» for «и» after a vowel ("Shuleiko"), «ый» for «ий» at the end ("Bely")."""
    out: list[tuple[int, str, str]] = []
    for i in range(1, len(w)):
        if w[i] == "и" and w[i - 1] in _VOWELS and i < len(w) - 1:
            out.append((i, "и", "й"))
        if w[i] == "ь" and i < len(w) - 1:
            out.append((i, "ь", ""))
        if w[i] in "яюе" and w[i - 1] not in _VOWELS + "ь":
            out.append((i, w[i], "ь" + w[i]))
        if w[i] == "и" and i < len(w) - 1 and w[i + 1] == "е" and w[i - 1] not in _VOWELS:
            out.append((i, "и", "ь"))  # "Kondratiev", "Grigoriev" → «Кондратьев», «Григорьев» (but «Дмитриев» is known)
        if w[i] == "е" and 0 < i < len(w) - 1 and w[i - 1] not in _VOWELS and w[i + 1] not in _VOWELS:
            out.append((i, "е", ""))
            out.append((i, "е", "ё"))
    if w[-1] not in _VOWELS + "йь":
        out.append((len(w), "", "ь"))
    if w.endswith("и"):
        out.append((len(w), "", "й"))
    if w.endswith("ий"):
        out.append((len(w) - 2, "ий", "ый"))
    if w.startswith("е"):
        out.append((0, "е", "э"))
    for i in range(1, len(w) - 1):
        if w[i] == "л" and w[i + 1] not in _VOWELS + "ь":  # "Olga" → «Ольга»
            out.append((i + 1, "", "ь"))
    return out


def _en_name(word: str, tag: str) -> str | None:
    if tag == "Name" and (known := FIRST_NAMES.get(word.lower())) is not None:
        return known
    base = _en_base(word)
    if tag == "Name" and base.endswith("ый"):  # "Dmitry", "Anatoly": a first name's «-ий»
        base = base[:-2] + "ий"
    elif tag == "Surn" and base.endswith("ья"):  # "Natalya" but "Rudenya"
        base = base[:-2] + "я"
    if re.search("[a-z]", base):
        return None
    return next((USUAL.get(w) or _title(w) for w in _variants(base, _en_flips(base)) if _known(w, tag, single=True)), None) \
        or (None if tag == "Name" else _title(base))


# --- both ---

# the endings of most Russian and Belarusian surnames
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ой|ый|ий|ко|ук|юк|ич|ова|ева|ёва|ина|ына|ская|цкая|ых|их"
                          r"|ец|ёнок|енок)$")


@lru_cache(maxsize=8192)
def looks_like_a_surname(word: str) -> bool:
    """«Воробьёв», «Крупко», «Богомаз» (the dictionary knows it): a word that may be a surname without a role
    word to say so ("Art Museum", "Muslim Film" are not people)."""
    low = word.lower()
    return bool(_SURNAME_END.search(low)) or _known(low, "Surn")

def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


@lru_cache(maxsize=8192)
def russian_person(first: str, last: str, lang: str) -> str | None:
    """«Имя Фамилия» in Russian and in the nominative for a first name and a surname written in ``lang``
    («be» or «en»); None when ``first`` is no first name."""
    if lang == "be":
        got = _be_first(first)
        if got is None:
            return None
        name, case, gender = got
        return f"{name} {_be_surname(last, case, gender)}"
    if lang == "en" and first.isascii() and last.replace("-", "").isascii():
        name_ = _en_name(first, "Name")
        if name_ is None:
            return None
        surname = "-".join(_en_name(p, "Surn") or p for p in last.split("-"))
        return f"{name_} {surname}"
    return None
