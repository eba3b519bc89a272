"""Belarusian in the Latin script (łacinka: «Siońnia ŭ Hrodnie adbyŭsia mitynh»), read in Cyrillic.

Pure. The copy is not of the same length («ć» is «ць», «ch» is «х»), so it comes with the map back: for every
character of the copy, the offset in the text of the letter it was written from. A text is read this way only where
it shows the script: letters no other Latin-script language of this calendar writes (ŭ, ć, ś, ź, ń, ł with č, š, ž),
and few Cyrillic letters."""

from __future__ import annotations

import re

_MARKS = re.compile(r"[ŭŬćĆśŚźŹńŃłŁ]")
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")
_POLISH = re.compile(r"[ąęóżĄĘÓŻ]")
# the commonest small words of each: a text in the script is made of Belarusian ones
_ENGLISH = re.compile(r"(?i)\b(?:the|and|of|to|in|with|for|on|was|were|is|are|by|at)\b")
_BELARUSIAN = re.compile(r"(?i)(?<![\w-])(?:ŭ|i|z|na|da|ad|pa|dla|jak|što|heta|hetaha|taksama|pry|jany|jaho)(?![\w-])")
_LATIN = re.compile(r"[A-Za-zŭŬćĆśŚźŹńŃłŁčČšŠžŽ]")

# one letter (or a digraph) of the script and its Cyrillic; the longest first
_PAIRS = (
    ("dź", "дзь"), ("dž", "дж"), ("dz", "дз"), ("ch", "х"),
    ("ja", "я"), ("je", "е"), ("jo", "ё"), ("ju", "ю"), ("ji", "і"),
    ("ć", "ць"), ("ś", "сь"), ("ź", "зь"), ("ń", "нь"),
    ("a", "а"), ("b", "б"), ("c", "ц"), ("č", "ч"), ("d", "д"), ("e", "э"), ("f", "ф"), ("g", "ґ"), ("h", "г"),
    ("i", "і"), ("j", "й"), ("k", "к"), ("ł", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("š", "ш"), ("t", "т"), ("u", "у"), ("ŭ", "ў"), ("v", "в"), ("w", "в"), ("y", "ы"), ("z", "з"),
    ("ž", "ж"), ("x", "кс"), ("q", "к"),
)
_OF = dict(_PAIRS)
# a vowel after «i» or «l» that softens the consonant before it: «ia» → «я», «lu» → «лю»
_SOFT = {"a": "я", "e": "е", "o": "ё", "u": "ю"}
_CONSONANTS = frozenset("bcćčdfghklłmnńprsśštvwzźžx")


def is_lacinka(text: str) -> bool:
    """The text is Belarusian in the Latin script: five of its marks at least, no letter only Polish writes (ą, ę, ó,
    ż: Polish shares ł, ś, ź, ń, ć), and Latin letters far more than Cyrillic ones."""
    head = text[:20000]
    if len(_MARKS.findall(head)) < 5 or _POLISH.search(head):
        return False
    if len(_ENGLISH.findall(head)) * 2 >= len(_BELARUSIAN.findall(head)):
        return False  # an English text that spells Belarusian names so ("Łukašenka", "Mahiloŭ"): English words rule
    return len(_CYRILLIC.findall(head)) * 10 < len(_LATIN.findall(head))


def to_cyrillic(text: str) -> tuple[str, list[int]]:
    """The text in Cyrillic and, for every character of it (and one past the end), the offset in ``text`` it comes
    from."""
    out: list[str] = []
    back: list[int] = []
    low = text.lower()
    i, n = 0, len(text)
    while i < n:
        ch = low[i]
        if not ch.isalpha() or not (ch.isascii() or ch in "ŭćśźńłčšž"):
            out.append(text[i])
            back.append(i)
            i += 1
            continue
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < n else ""
        if ch == "l":  # «l» is soft: «la» «ля», «li» «лі», «l» before a consonant or at the end «ль»
            cyr, used = ("л" + _SOFT[nxt], 2) if nxt in _SOFT else ("л", 1) if nxt == "i" else ("ль", 1)
        elif ch == "i" and nxt in _SOFT and prev in _CONSONANTS:  # «Hrodnie» → «Гродне»: «ie» softens the «n»
            cyr, used = _SOFT[nxt], 2
        else:
            pair = low[i: i + 2]
            if pair in _OF and len(pair) == 2 and not (pair[0] == "j" and prev in _CONSONANTS):
                cyr, used = _OF[pair], 2
            else:
                cyr, used = _OF.get(ch, text[i]), 1
        if text[i].isupper():
            cyr = cyr[0].upper() + cyr[1:]
        out.append(cyr)
        back.extend([i] * len(cyr))
        i += used
    back.append(n)
    return "".join(out), back


def span_back(back: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the text a span ``start``–``end`` of the copy was written from."""
    if end <= start:
        return back[start], back[start]
    last = back[end - 1]
    # the whole of the last letter: a digraph («ch») or a soft vowel («ie») written as one Cyrillic letter
    stop = back[end] if end < len(back) and back[end] > last else last + 1
    return back[start], stop
