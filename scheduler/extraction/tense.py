"""Which way a date's clause points: ahead (an announcement) or back (a report).

Tense markers (lexicon data: future stems, verbs of intent before an infinitive, past endings and stems)
are found in the sentence around a date; the marker nearest the date inside its own clause decides, else the
nearest in the sentence. So "took place on 12 March, and the next one is scheduled for April 3" is past for
the first date and future for the second, and "договорились провести ... в сентябре" looks ahead although
its verb is past. Markers of one sentence are found once (:class:`TenseCache`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from .grammar import trie


def _words(items: tuple[str, ...]) -> str:
    """Cyrillic entries are word beginnings ("планиру" of "планируется"); English ones whole words. A prefix
    tree, so that each position fails on its first character; the caller puts it at a word start."""
    cyr = [w for w in items if not w.isascii()]
    eng = [w for w in items if w.isascii()]
    parts = []
    if cyr:
        parts.append(trie(cyr) + r"\w*")
    if eng:
        parts.append(trie(eng) + r"\b")
    return "(?:" + "|".join(parts) + ")"


_INF = r"(?:[а-яёіў]+(?:ть|ти|ться|тись|чь|ць|ці|цца)|to\s+\w+)(?!\w)"
# "будет проведена", "will be held", "is to be signed", "are going to be held": the auxiliary with the verb it carries
_AUX = (r"(?:будет|будут|будзе|будуць|will|shall|to\s+be|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|"
        r"is\s+due\s+to|are\s+due\s+to|(?:is|are|am)\s+going\s+to)(?:\s+(?:not|also|again|be|then|jointly|officially|traditionally|также|"
        r"вновь|снова|уже|официально|торжественно|традиционно|таксама|зноў))*\s+\w+")
FUTURE = re.compile(r"(?<!\w)(?:" + "|".join([
    _AUX,
    rf"{_words(lx.INTENT_STEMS)}(?:\s+[\w'-]+){{0,3}}?\s+(?:{_INF}|(?:о|об|аб|пра|on)\s+{_words(lx.PLAN_NOUNS)})",
    # "как договорились стороны", "as agreed": what was agreed lies ahead
    r"(?:как|як)\s+(?:и\s+|і\s+)?(?:было\s+)?(?:договорились|договорено|условились|решено|"
    r"планировалось|запланировано|дамовіліся|дамоўлена|планавалася)(?!\w)|as\s+(?:previously\s+)?agreed\b",
    # a headline's infinitive: "Governors to meet in March"
    r"to\s+(?:meet|visit|hold|host|sign|open|launch|attend|discuss|present|participate|take\s+part|gather)\b",
    r"должн[аоы]?\s+(?:\w+\s+)?(?:состояться|пройти|начаться|открыться|завершиться)(?!\w)",
    _words(lx.FUTURE_STEMS),
    # we shall: «мы примем участие», «проведём», «подпишем», «мы прымем удзел»
    r"(?:примем|проведем|проведём|подпишем|посетим|встретимся|откроем|будем|прымем|правядзем|падпішам|наведаем"
    r"|сустрэнемся|будзем)(?!\w)",
]) + ")")
# Past forms, found by their endings (the character class first, then a look back: no backtracking over the
# word): -л/-ла/-ли/-лася, -ўся, -ed; participles in -вш-; Belarusian -іў/-ыў; consonant stems (прошла,
# прайшлі, выросли); and the stems.
PAST = re.compile(
    r"[аеиоуыяюэіё](?<=[а-яёіў]{3})(?:л(?:а|о|и|і|ся|ась|ось|ись|ася|ося|іся)?|ўся)(?!\w)"
    r"|e(?<=[a-z]{3})d\b"
    r"|в(?<=[а-яё]{3})ш(?:ий|ая|ее|ие|его|ей|ему|им|ем|их|ими|ую)(?:ся)?(?!\w)"
    r"|[іы](?<=[а-яёіў]{2}[іы])(?<![тх][іы])ў(?:ся)?(?!\w)"
    r"|(?:шл|(?:рос|вез|нес|мог|стиг)л)[аоиі](?!\w)"
    rf"|(?<!\w){_words(lx.PAST_STEMS)}"
)
_NOT_PAST = frozenset(lx.NOT_PAST_WORDS)
_VERBAL_NOUN = re.compile(r"(?:ни|ці|нн)(?:е|я|и|ем|ю|ях|ям|ями|і|ем)$")  # a stem's noun: «подписание», «падпісанні»
# one character class first, so that ``re`` scans ahead (a branch of classes was tried at every position):
# "!", "?", a line end, or a full stop not followed by a lowercase word; ",;:()", or a dash between spaces
_SENT_END = re.compile(r"[!?\n.](?:(?<=[!?\n])|(?![^\S\n]*[a-zа-яёіў]))")
_CLAUSE_END = re.compile(r"[,;:()\s](?:(?<=[,;:()])|(?<=\s)[-–—]\s)")
_REACH = 250


def _markers(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "future"|"past") in a lowercased sentence; a past form inside a future phrase is not one."""
    fut = [(m.start(), m.end(), "future") for m in FUTURE.finditer(sentence)]
    out = list(fut)
    for m in PAST.finditer(sentence):
        s, e = m.span()
        while s > 0 and sentence[s - 1].isalpha():
            s -= 1
        word = sentence[s:e]
        if word in _NOT_PAST or word.endswith("тели") and word != "хотели" or word.startswith("бывш") \
                or _VERBAL_NOUN.search(word) and (any(0 <= s - b <= 2 for _, b, _ in fut)
                                                  or any(0 <= a - e <= 2 for a, _, _ in fut)):
            continue  # "представители", "недели", "посол": nouns; "бывший": former; «запланировано подписание»,
            # «падпісанне адбудзецца»: the noun a future form governs or that is its subject
        if _ATTRIBUTION.search(sentence, max(0, s - 6), s) and word.startswith(_SAID):
            continue  # «…в сентябре», — прокомментировала глава»: who said it, not when what she said happens
        if not any(a < e and s < b for a, b, _ in fut):
            out.append((s, e, "past"))
    return out


# a reporting verb right after a quotation's close or a dash («…», — сказал он; "…," said the governor)
_ATTRIBUTION = re.compile(r"[»\"“”][,.]?\s*[-–—]?\s*$|[,.]\s*[-–—]\s*$|[,.]\s*$")
_SAID = ("сказал", "отметил", "подчеркнул", "сообщил", "прокомментировал", "рассказал", "заявил", "пояснил", "добавил",
         "уточнил", "резюмировал", "сказаў", "адзначыў", "адзначыла", "паведаміў", "паведаміла", "падкрэсліў",
         "падкрэсліла", "расказаў", "расказала", "заявіў", "заявіла", "said", "noted", "added", "stressed", "told",
         "explained", "emphasized", "emphasised")


def _nearest(marks: list[tuple[int, int, str]], lo: int, hi: int, s: int, e: int) -> str | None:
    best: tuple[int, int, str] | None = None
    for a, b, t in marks:
        if a < lo or b > hi:
            continue
        d = s - b if b <= s else a - e if a >= e else 0
        key = (d, 0 if t == "future" else 1, t)  # a tie goes to the announcement
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


class TenseCache:
    """Tense markers per sentence, so that several dates in one sentence find them once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[tuple[int, int], tuple[str, list[tuple[int, int, str]]]] = {}

    def tense(self, start: int, end: int) -> str | None:
        text = self.text
        left = text[max(0, start - _REACH):start]
        lo = max(0, start - _REACH) + max((m.end() for m in _SENT_END.finditer(left)), default=0)
        m = _SENT_END.search(text, end, min(len(text), end + _REACH))
        hi = m.start() if m else min(len(text), end + _REACH)
        low, marks = self._sentence(lo, hi)
        s, e = start - lo, end - lo
        if marks:
            c_lo = max((x.end() for x in _CLAUSE_END.finditer(low, 0, s)), default=0)
            c = _CLAUSE_END.search(low, e)
            c_hi = c.start() if c else len(low)
            return _nearest(marks, c_lo, c_hi, s, e) or _nearest(marks, 0, len(low), s, e)
        # no verb ("Дни культуры в Гомеле – в сентябре", a headline): the sentences next to it, the next first
        for a, b in (self._next(hi), self._prev(lo)):
            if a < b:
                t = _nearest(self._sentence(a, b)[1], 0, b - a, s + lo - a, e + lo - a)
                if t:
                    return t
        return None

    def _sentence(self, lo: int, hi: int) -> tuple[str, list[tuple[int, int, str]]]:
        got = self._seen.get((lo, hi))
        if got is None:
            low = self.text[lo:hi].lower()
            got = (low, _markers(low))
            self._seen[(lo, hi)] = got
        return got

    def _next(self, hi: int) -> tuple[int, int]:
        """The sentence after the one ending at ``hi`` (within reach)."""
        text = self.text
        a = hi + 1
        while a < len(text) and text[a].isspace():
            a += 1
        m = _SENT_END.search(text, a, min(len(text), a + _REACH))
        return a, m.start() if m else min(len(text), a + _REACH)

    def _prev(self, lo: int) -> tuple[int, int]:
        """The sentence before the one starting at ``lo`` (within reach)."""
        text = self.text
        b = lo - 1
        while b > 0 and text[b - 1].isspace():
            b -= 1
        b = max(b, 0)
        left = text[max(0, b - _REACH):b]
        a = max(0, b - _REACH) + max((m.end() for m in _SENT_END.finditer(left)), default=0)
        return a, b


@lru_cache(maxsize=64)
def _sentence_markers(sentence: str) -> list[tuple[int, int, str]]:
    return _markers(sentence)  # several cues of one sentence ask in turn


def clause_tense(sentence: str, start: int, end: int) -> str | None:
    """The tense marker nearest ``start:end`` inside its own clause of ``sentence`` (lower-cased), or None."""
    marks = _sentence_markers(sentence)
    lo = max((x.end() for x in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    c = _CLAUSE_END.search(sentence, end)
    return _nearest(marks, lo, c.start() if c else len(sentence), start, end)


@lru_cache(maxsize=4)  # the publication-date reader and the resolver ask about the same text in turn
def tenses_of(text: str) -> TenseCache:
    """The one :class:`TenseCache` of ``text`` (its markers depend on the text alone)."""
    return TenseCache(text)


def tense(text: str, start: int, end: int) -> str | None:
    """"future" for an announcement ("пройдет 1 апреля"), "past" for a report, None when unclear."""
    return tenses_of(text).tense(start, end)
