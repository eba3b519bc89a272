"""Countries other than the two sides, by their names in Russian, Belarusian and English (CLDR through babel).

A third country is a place like a town («визит в Казахстан», "to Kazakhstan", «у Узбекістан»: ``places.place_name``),
and a series of the Belarus–Russia cooperation (the Forum of Regions) has namesakes with third countries («I Форум
регионов Беларуси и Узбекистана»): what the text names after the series' words tells them apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{5,}")


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[tuple[str, int, str], ...], frozenset[str]]:
    """(stem, longest inflected length, Russian name) of every country but Belarus and Russia, by its names in Russian,
    Belarusian and English («узбекиста» → «Узбекистан», «кіта» → «Китай»; names of five letters or more, one word),
    and the English names as written (lower-cased)."""
    from babel import Locale  # (loaded on the first question: 45 ms, once a process)

    ru = Locale.parse("ru").territories
    out: dict[str, tuple[int, str]] = {}
    for lang in ("ru", "be", "en"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("RU", "BY") and " " not in name and len(name) >= 5:
                folded = name.lower().replace("ё", "е")
                short = len(name) == 5  # («Китай»: «Китая», «Кітаю»; but "Chile" is no "children")
                out.setdefault(folded[: 4 if short else max(5, len(name) - 2)], (len(name) + (2 if short else 3), ru[code]))
    english = frozenset(name.lower() for code, name in Locale.parse("en").territories.items() if len(code) == 2)
    return tuple((stem, longest, name) for stem, (longest, name) in out.items()), english


# what may follow the four letters kept of a five-letter name: its own last letter or a case ending
_SHORT_ENDINGS = frozenset({"й", "я", "ю", "е", "ем", "и", "і", "ай", "ая", "аю", "ае", "аем", "аі", "у", "а", "ы", "ой", "ам"})


def warm() -> None:
    """Read CLDR's country names now (babel's three locales, about 45 ms), not inside the first text that names one."""
    _countries()


def other_country(words: str) -> str | None:
    """The Russian name of the first country but Belarus and Russia that the lower-cased ``words`` name («беларуси
    и узбекистана» → «Узбекистан», "belarus and kazakhstan" → «Казахстан»), None where they name none."""
    table, english = _countries()
    for word in _WORD.findall(words):
        for stem, longest, name in table:
            if word.startswith(stem) and len(word) <= longest and (not word.isascii() or word in english) \
                    and (len(stem) > 4 or word[4:] in _SHORT_ENDINGS):  # («Китая», «Кітаі»; not «Палаты» for Палау)
                return name  # (an inflection of the name, not a longer word; English names are not inflected:
                # "Chinese" is no China)
    return None
