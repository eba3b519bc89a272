"""The sides of the cooperation (pure): merging an event's parties, their slugs and their short names.

A party is a Russian dictionary name as the extractor gives it («Курская область», «Республика Беларусь»,
«Минск»); an event's parties list the Belarusian side first. The slug names a region's calendar
(``/calendars/region/kurskaya-oblast.ics``): a fixed transliteration of the name, so it never changes
while the name does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import EventRecord

# The Belarusian side: the republic, its capital and its six regions (stems, lower case, ё as е)
_BELARUSIAN = ("республика беларусь", "беларусь", "минск", "брест", "витеб", "гомел", "гродн", "могил")
_SHORT = {"Республика Беларусь": "Беларусь", "Российская Федерация": "Россия"}
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                   "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029;]")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_belarusian(name: str) -> bool:
    """The party is on the Belarusian side (the republic, Minsk, a Belarusian region)."""
    return name.lower().replace("ё", "е").startswith(_BELARUSIAN)


def merge_parties(lists: Iterable[Iterable[str]]) -> list[str]:
    """The parties of several sources united, in order of first mention, the Belarusian side first."""
    seen = list(dict.fromkeys(p.strip() for ps in lists for p in ps if p and p.strip()))
    return [p for p in seen if is_belarusian(p)] + [p for p in seen if not is_belarusian(p)]


def parse_parties(value: str) -> list[str]:
    """``"Республика Беларусь; Курская область"`` → the list (``event edit --parties``); "" → []."""
    out = []
    for part in value.split(";"):
        name = " ".join(part.split())
        if name and name not in out:
            out.append(name)
    return out


def valid_party(name: str) -> bool:
    return bool(name) and len(name) <= 120 and not _CONTROL.search(name) and bool(slug(name))


def slug(name: str) -> str:
    """The stable Latin name of a party: «Курская область» → ``kurskaya-oblast``."""
    text = "".join(_LATIN.get(c, c) for c in name.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def short_name(name: str) -> str:
    """How a title names a party: «Республика Беларусь» → «Беларусь»; a region stays as it is."""
    return _SHORT.get(name, name)


def sides(parties: Iterable[str]) -> str:
    """«Беларусь — Курская область»: the parties' short names, Belarusian side first, joined by a dash."""
    return " — ".join(short_name(p) for p in merge_parties([parties]))


def has_party(parties: Iterable[str], wanted: str) -> bool:
    """An event with these parties belongs to ``wanted`` (a name or a slug)."""
    return any(p == wanted or slug(p) == wanted for p in parties)


def party_by(parties: Iterable[str], wanted: str) -> str | None:
    """The party among ``parties`` that ``wanted`` (a name or a slug, any case) names, or None."""
    w = wanted.strip()
    for p in parties:
        if p.casefold() == w.casefold() or slug(p) == w.lower():
            return p
    return None


def region_list(records: Iterable[EventRecord]) -> list[tuple[str, str, int]]:
    """(party, slug, number of shown events) of every party that has one, by name; a slug is taken once."""
    counts: dict[str, int] = {}
    for r in records:
        if not r.hidden:
            for p in r.parties:
                counts[p] = counts.get(p, 0) + 1
    out, slugs = [], set()
    for p in sorted(counts):
        s = slug(p)
        if s and s not in slugs:
            slugs.add(s)
            out.append((p, s, counts[p]))
    return out
