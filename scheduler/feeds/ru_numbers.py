"""Russian numerals for feeds, pages and reminder emails: plurals and anniversary wording.

Plural categories come from CLDR through ``babel`` (one / few / many / other), never from
hand-written endings. Anniversary titles follow the usage of Russian official texts:

- a round anniversary (a multiple of 5) is "N-летие": "30-летие подписания Договора …";
- any other is "N-я годовщина": "6-я годовщина подписания Соглашения …".

The event title is put into the genitive ("Подписание Договора" → "подписания Договора",
"Курская битва" → "Курской битвы") with pymorphy3: the leading adjectives and the first noun
are inflected, the rest (already dependent words) is kept as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = [
    "plural",
    "years_phrase",
    "days_phrase",
    "is_jubilee",
    "anniversary_ordinal",
    "anniversary_title",
    "genitive",
]

# CLDR plural category -> word form, per unit
_YEAR = {"one": "год", "few": "года", "many": "лет", "other": "года"}
_DAY = {"one": "день", "few": "дня", "many": "дней", "other": "дня"}
_WORD = re.compile(r"^([«\"(]*)([А-Яа-яЁё-]+)(.*)$", re.S)


@lru_cache(maxsize=1)
def _locale() -> Any:
    from babel import Locale

    return Locale("ru")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def plural(n: int, forms: dict[str, str]) -> str:
    """The word form for ``n`` from a {CLDR category: form} table (Russian rules)."""
    return forms[_locale().plural_form(abs(n))]


def years_phrase(n: int) -> str:
    """'1 год', '2 года', '5 лет', '21 год', '111 лет'."""
    return f"{n} {plural(n, _YEAR)}"


def days_phrase(n: int) -> str:
    """'1 день', '3 дня', '7 дней', '21 день'."""
    return f"{n} {plural(n, _DAY)}"


def is_jubilee(n: int) -> bool:
    """A round anniversary: a multiple of 5 years (5, 10, 15 … 100)."""
    return n > 0 and n % 5 == 0


def anniversary_ordinal(n: int) -> str:
    """'30-летие' for a jubilee, '6-я годовщина' otherwise."""
    if n <= 0:
        raise ValueError(f"an anniversary needs a positive number of years, got {n}")
    return f"{n}-летие" if is_jubilee(n) else f"{n}-я годовщина"


@lru_cache(maxsize=4096)
def genitive(phrase: str) -> str:
    """Put the head of a noun phrase into the genitive, keeping the dependent words.

    Leading adjectives/participles and the first noun are inflected (case of the first letter
    kept); from the first noun on, the words already depend on it and stay as written. A phrase
    pymorphy3 cannot analyse is returned unchanged.
    """
    words = phrase.split(" ")
    out: list[str] = []
    for i, token in enumerate(words):
        m = _WORD.match(token)
        if not m:
            return " ".join(out + words[i:])
        lead, word, tail = m.groups()
        parse = _pick(word)
        if parse is None:
            return " ".join(out + words[i:])
        pos = parse.tag.POS
        if pos not in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return " ".join(out + words[i:])
        infl = parse.inflect({"gent"})
        new = infl.word if infl else word.lower()
        if word[:1].isupper():
            new = new[:1].upper() + new[1:]
        if word.isupper() and len(word) > 1:
            new = word  # abbreviations (СНГ, ЕАЭС) do not decline
        out.append(lead + new + tail)
        if pos == "NOUN" or word.isupper():
            return " ".join(out + words[i + 1 :])
    return " ".join(out)


def _pick(word: str) -> Any:
    """The nominative reading of a word, if it has one (titles start in the nominative)."""
    parses = _morph().parse(word)
    for p in parses:
        if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return p
    for p in parses:  # inanimate masculine nouns read as accusative first ("Договор", "План")
        if "accs" in p.tag and "inan" in p.tag and p.tag.POS == "NOUN":
            return p
    return None


def anniversary_title(n: int, title: str) -> str:
    """'30-летие подписания Договора …' / '6-я годовщина Курской битвы'.

    Capitalisation is kept as written (names of treaties, holidays and battles are capitalised
    in Russian), except for generic action nouns such as "Подписание", lower-cased mid-sentence.
    """
    gen = genitive(title.strip())
    first = gen.split(" ", 1)[0].lower()
    if any(first.startswith(stem) for stem in _GENERIC_HEADS):
        gen = gen[:1].lower() + gen[1:]
    return f"{anniversary_ordinal(n)} {gen}"


# deverbal heads that are ordinary words, not parts of a name
_GENERIC_HEADS = ("подписани", "заключени", "проведени", "освобождени", "открыти", "создани",
                  "образовани", "начал", "окончани", "принятия", "приняти", "учреждени", "визит",
                  "встреч", "заседани", "празднова")
