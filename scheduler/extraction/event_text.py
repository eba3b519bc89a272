"""Sentences with offsets, the headline, and a cached pymorphy3 analyzer for the event extractor."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from .grammar import trie

# and month abbreviations: «26 сент. Посол России …» is one sentence
_ABBREV = frozenset("г гг им ул т д др пр млн млрд тыс руб обл р-н ст проф акад зам св см напр "
                    "янв фев февр мар апр июн июл авг сен сент окт нояб дек "
                    "студз сак крас трав чэрв ліп жнів вер кастр ліст снеж "
                    "jan feb mar apr jun jul aug sep sept oct nov dec st mr mrs ms dr gen gov no vs".split())
# the stop first, shared by both branches, so that ``re`` scans ahead for it (two branches opening with character
# classes were tried at every position of every line); the look-behind keeps «…» out of the second
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,2}[^\W\d_]")
_SPLIT = re.compile(r"[.!?…](?:[\"»”)]*\s+(?=[«\"“(\[]*[A-ZА-ЯЁІЎ0-9])|(?<=[а-яёіў]{3}[.!?])(?=[А-ЯЁІЎ][а-яёіў ]))")
# a picture's file name glued to the next sentence: «калининград5.jpgТоржественное мероприятие …» (looked for only
# in a line that holds one, so that the split above keeps its fast scan for a stop)
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?=[A-ZА-ЯЁІЎ])", re.I)
_PICTURE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|JPG|PNG)")  # (seven substring tests in one scan for a point)
_MARKUP = re.compile(r"\]\([^)]*\)|[\[\]*#_`>|]+")
_WORD = re.compile(r"[\w-]+")
_WORDS = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_YEAR_ABBREV_END = re.compile(r"\s(?:г|гг)\.$")  # «2024 г.» keeps its full stop


class Sentence(NamedTuple):
    """A sentence (or a line without final punctuation) of a document, with its offsets."""

    start: int
    end: int
    text: str
    low: str  # lower-cased, ё folded to е
    line: int  # index of the non-empty line (paragraph) it sits in
    headline: bool = False


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


@lru_cache(maxsize=8192)  # the same sentence is cleaned for each event and title read from it
def clean(s: str) -> str:
    """Text without markdown furniture and with single spaces."""
    out = _SPACES.sub(" ", _MARKUP.sub(" ", s)).strip(" -–—:,")
    return out if _YEAR_ABBREV_END.search(out) else out.rstrip(".").rstrip()


_COUNTER = re.compile(r"(?!(?:19|20)\d\d$)\d{1,6}")  # a number alone on its line, no year


def sentences(text: str, title: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences; lines are boundaries, abbreviations (г., им.) and initials are not."""
    out: list[Sentence] = []
    head_span = _headline_span(text, title)
    pos, line_no = 0, 0
    for raw in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        if not raw.strip() or _COUNTER.fullmatch(raw.strip()):
            continue  # (a page's view or comment counter, «103», between a headline and its text is no paragraph)
        cuts = [line_start]
        stops = list(_SPLIT.finditer(raw))
        quoted = bool(stops) and ("«" in raw or '"' in raw or "“" in raw)
        if "." in raw and _PICTURE_NAME.search(raw):
            stops = sorted(stops + list(_PICTURE.finditer(raw)), key=lambda m: m.end())
        for m in stops:
            before = raw[max(0, m.start() - 24): m.start()].rstrip(".!?…\"»”)")
            last = before.rsplit(None, 1)[-1] if before.strip() else ""
            last = last.lstrip("(«\"").lower()
            if last in _ABBREV or (len(last) == 1 and last.isalpha()) or _INITIALS.fullmatch(last):
                continue  # («имени П.М. Машерова»: initials run together end no sentence)
            if quoted and _inside_quotes(raw, m.end()):
                continue  # (акция "Беларусь помнит. Дорогами победителей": a name's full stop ends no sentence)
            cuts.append(line_start + m.end())
        cuts.append(line_start + len(raw.rstrip()))
        for a, b in zip(cuts, cuts[1:], strict=False):
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            a += lead
            seg = text[a:b].rstrip()
            if seg:
                head = head_span is not None and a < head_span[1] and a + len(seg) > head_span[0]
                out.append(Sentence(a, a + len(seg), seg, fold(seg), line_no, head))
        line_no += 1
    return out


def _inside_quotes(raw: str, at: int) -> bool:
    """Is ``at`` inside a quotation that closes soon after it (a name of two sentences in quotes)?"""
    for open_, close in (("«", "»"), ("“", "”")):
        if raw.count(open_, 0, at) > raw.count(close, 0, at) and 0 <= raw.find(close, at) - at < 80:
            return True
    return raw.count('"', 0, at) % 2 == 1 and 0 <= raw.find('"', at) - at < 80


def _headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    if title:
        i = text.find(title)
        if i >= 0:  # trusted only when the title stands on a line of its own
            a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i)
            line = text[a: b if b >= 0 else len(text)].strip()
            if len(line) <= len(title) + 12 and not _SPLIT.search(title) and len(title) < 300 \
                    and not title.rstrip().endswith((".", "!", "?")):
                return i, i + len(title)
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if not line:
            continue
        if len(line) < 300 and not line.endswith((".", "!", "?", ":")) and len(_WORD.findall(line)) >= 4:
            return m.start(), m.end()
        return None
    return None


# --- morphology ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def morph() -> Any:
    """The pymorphy3 analyzer, loaded once on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    try:
        return tuple(morph().parse(word))
    except ValueError:  # a letter Unicode gives no name (pymorphy3 asks for one to tell Latin letters): no parse
        return ()


@lru_cache(maxsize=65536)
def inflect(word: str, grammemes: frozenset[str], pos: str | None = None, parse: Any = None) -> str:
    """``word`` in the given case/number/gender, keeping its capitalisation; the word itself if unknown (``parse``:
    the reading to inflect, where the likeliest is not the one meant: «Орёл» the town, not the bird)."""
    for p in [parse] if parse is not None else parses(word):
        if pos and p.tag.POS != pos:
            continue
        f = p.inflect(set(grammemes))
        if f is not None:
            w = f.word
            if word[:1].isupper():  # each part of a hyphenated name as it was written («Ростов-на-Дону»)
                w = "-".join(x[:1].upper() + x[1:] if o[:1].isupper() else x
                             for x, o in zip(w.split("-"), word.split("-"), strict=False)) \
                    if word.count("-") == w.count("-") else w[:1].upper() + w[1:]
            return w
    return word


_RU_WORD = re.compile(r"^([«\"„“(]*)([А-Яа-яЁё-]+)([»\"“”),]*)$")


def nominative_phrase(words: list[str], case: str = "nomn") -> str:
    """«заседания рабочей группы» → «заседание рабочей группы»: the head noun and the adjectives before it
    go to ``case`` (the nominative by default); the genitive complement after the head stays as it is.
    Quotes around a word stay where they were («Дорожная карта» → «Дорожной карты»)."""
    return _phrase_in_case(tuple(words), case)


_PERSONAL = frozenset({"Name", "Surn", "Patr"})
_PARTICIPLE = re.compile(r"(?:вш|[шщ]|нн)[аеиоуыя][а-я]{0,3}(?:ся)?$")  # «прошедшей», «состоявшейся», «организованной»
_ORDINAL = re.compile(r"\d+-[а-яё]{1,3}$")  # a numeral with its ending: «12-ом», «5-й», «10-го»
_ORDINAL_END = {("nomn", "masc"): "й", ("nomn", "femn"): "я", ("nomn", "neut"): "е", ("nomn", "plur"): "е",
                ("gent", "masc"): "го", ("gent", "femn"): "й", ("gent", "neut"): "го", ("gent", "plur"): "х"}


@lru_cache(maxsize=8192)  # titles repeat their regions, places and heads
def _phrase_in_case(words: tuple[str, ...], case: str) -> str:
    out: list[list[str]] = []  # [prefix, core, suffix, inflectable]
    head_done = False
    head_was: tuple[frozenset[str | None], frozenset[str]] | None = None  # the head's cases in the text, its new form
    head_at = -1
    for i, w in enumerate(words):
        m = _RU_WORD.match(w)
        if head_was is not None and m and out and out[-1][2].endswith(",") and len(out) - 1 == head_at:
            # «торжественном собрании, посвященном Дню …» → «торжественное собрание, посвящённое Дню …»: the
            # participle set off after the head agrees with it
            head_at = -1
            if (p := next((x for x in parses(m.group(2).lower()) if (x.tag.POS == "PRTF" or x.tag.POS == "ADJF"
                                                                       and _PARTICIPLE.search(x.word))
                           and x.tag.case in head_was[0]), None)) is not None:
                form = inflect(m.group(2), head_was[1], p.tag.POS)
                form = form if "ё" in m.group(2) else form.replace("ё", "е")  # (the text's own spelling of «е»)
                out.append([m.group(1), form, m.group(3), ""])
                continue
        if not head_done and _ORDINAL.match(w):  # «12-ом Форуме» → «12-й Форум»: the ending agrees with the noun
            out.append(["", w, "", "ord"])
            continue
        if head_done or not m:
            out.append(["", w, "", ""])
            continue
        pre, core, post = m.groups()
        ps = parses(core.lower())
        p = ps[0] if ps else None
        chosen = None
        if p is not None and (i == 0 or core[:1].islower()) and _PERSONAL & p.tag.grammemes \
                and (common := next((x for x in ps if not _PERSONAL & x.tag.grammemes), None)) is not None:
            p = chosen = common  # «Викторина» opening a title (a capital for the title's sake) is a quiz, not the genitive of
            # the name «Викторин»; a word in lower case is no name
        if p is not None and core[:1].isupper() and (p.tag.POS in ("INFN", "VERB") or "anim" in p.tag):
            # «Свислочь» is a town, not «to hang down»; «Орёл» a town, not an eagle («в Орёл», not «в Орла»)
            p = next((x for x in ps if "Geox" in x.tag), None) or (next((x for x in ps if x.tag.POS == "NOUN"), p)
                                                                 if p.tag.POS in ("INFN", "VERB") else p)
        own_form = p is not None and core[:1].isupper() and len(words) == 1 and "plur" in p.tag and (alt := next(
            (x for x in ps if x.tag.POS == "NOUN" and "sing" in x.tag and x.tag.case == "nomn"
             and x.normal_form == core.lower()), None)) is not None
        if own_form:
            p = alt  # «Новогрудок», a name in its own dictionary form, is no genitive plural of «Новогрудка»
        nxt = _RU_WORD.match(words[i + 1]) if i + 1 < len(words) else None
        if p is not None and p.tag.POS in ("ADJF", "PRTF") or nxt and adjective_before_noun(core.lower(),
                                                                                            nxt.group(2).lower()):
            # the adjective agrees with the noun that follows; inflected once the noun is known
            out.append([pre, core, post, "adj"])
            continue
        if p is not None and p.tag.POS == "NOUN":
            number = "plur" if "plur" in p.tag else "sing"
            if (adj := next((item[1] for item in out if item[3] == "adj"), None)) is not None \
                    and (numbers := {"plur" if "plur" in x.tag else "sing" for x in parses(adj.lower())
                                     if x.tag.POS in ("ADJF", "PRTF")}) and number == "plur" and "plur" not in numbers \
                    and (agrees := next((x for x in ps if x.tag.POS == "NOUN" and "sing" in x.tag), None)):
                # «патриотической акции»: the adjective says one, so «акции» is its genitive, not a plural
                p, number = agrees, "sing"
            elif adj is not None and number == "sing" and core[:1].isupper() and {"plur"} == {
                    "plur" if "plur" in x.tag else "sing" for x in parses(adj.lower()) if x.tag.POS in ("ADJF", "PRTF")} \
                    and (agrees := next((x for x in ps if x.tag.POS == "NOUN" and "plur" in x.tag
                                         and x.tag.case == "nomn"), None)):
                # «Великие Луки»: the adjective says several, so the name «Луки» is a plural, not the genitive of
                # «Лука» (a name only: a common noun keeps the one event a title names, «Официальная встреча»)
                p, number = agrees, "plur"
            noun = inflect(core, frozenset({case, number}), "NOUN", p if "Geox" in p.tag or own_form or p is chosen else None)
            gender = next((x.tag.gender for x in parses(noun.lower()) if x.tag.POS == "NOUN"), None) or "masc"
            g = frozenset({case, number} if number == "plur" else {case, gender})
            if case == "accs" and (number == "plur" or gender == "masc"):
                g |= {"anim" if "anim" in p.tag else "inan"}  # «в Нижний Новгород», not «в Нижнего Новгород»
            for item in out:
                if item[3] == "adj":
                    item[1] = inflect(item[1], g, "ADJF")
                elif item[3] == "ord" and (end := _ORDINAL_END.get((case, "plur" if number == "plur" else gender))):
                    item[1] = item[1].split("-")[0] + "-" + end
            out.append([pre, noun, post, ""])
            head_done = True
            head_was, head_at = (frozenset(x.tag.case for x in ps if x.tag.POS == "NOUN"), g), len(out) - 1
            continue
        out.append([pre, core, post, ""])
        head_done = True
    if not head_done and out and out[-1][3] == "adj" and out[-1][1][:1].isupper():
        # «Светлый», «Белая»: a name that is an adjective alone stands for its noun, in its own gender
        for item in out:
            if item[3] == "adj" and (p := next((x for x in parses(item[1].lower()) if x.tag.POS == "ADJF"), None)):
                number = "plur" if "plur" in p.tag else "sing"
                g = frozenset({case, number} if number == "plur" else {case, p.tag.gender or "masc"})
                if case == "accs" and (number == "plur" or p.tag.gender == "masc"):
                    g |= {"inan"}
                item[1] = inflect(item[1], g, "ADJF")
    return " ".join(a + b + c for a, b, c, _ in out)


@lru_cache(maxsize=16384)
def adjective_before_noun(word: str, following: str) -> bool:
    """«Коренская ярмарка»: a word pymorphy3 reads first as a noun (a place, a surname) but also as an
    adjective of the next word's case is that adjective."""
    ps = parses(word)
    if not any(x.tag.POS == "ADJF" for x in ps[1:]):
        return False
    forms = {(x.tag.case, x.tag.number, x.tag.gender if x.tag.number == "sing" else None)
             for x in parses(following) if x.tag.POS == "NOUN"}
    return any(x.tag.POS == "ADJF" and x.score >= 0.05
               and (x.tag.case, x.tag.number, x.tag.gender if x.tag.number == "sing" else None) in forms for x in ps)


@lru_cache(maxsize=65536)
def top_pos(word: str) -> str | None:
    """The part of speech of ``word``'s likeliest parse when pymorphy3 is fairly sure of it (score ≥ 0.5)."""
    ps = parses(word)
    return ps[0].tag.POS if ps and ps[0].score >= 0.5 else None


# --- fast word-boundary patterns --------------------------------------------------------------

def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i: i + 2])
            i += 2
            continue
        if ch == "[":
            j = pattern.index("]", i + 2)
            cur.append(pattern[i: j + 1])
            i = j + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


_META = set(".^$*+?{}[]()|\\")


def _heads(alternative: str) -> set[str] | None:
    """Starts (four letters, or three for a three-letter word) one of which every match of ``alternative``
    (after its ``\\b``) begins with,
    or None when the pattern does not say (it starts with a class, a digit, a short word)."""
    a = alternative[2:] if alternative.startswith("\\b") else alternative
    if a.startswith(("(?:", "(")) and not a.startswith(("(?!", "(?<", "(?=")):
        depth, i = 0, 0
        while i < len(a):
            if a[i] == "\\":
                i += 2
                continue
            depth += a[i] == "("
            depth -= a[i] == ")"
            if depth == 0:
                break
            i += 1
        if i + 1 < len(a) and a[i + 1] in "?*{":
            return None
        inner = a[3 if a.startswith("(?:") else 1: i]
        out: set[str] = set()
        for alt in _alternatives(inner):
            h = _heads(alt)
            if h is None:
                return None
            out |= h
        return out
    lit = ""
    for ch in a:
        if ch in _META or not (ch.isalpha() or ch in " -"):
            if ch in "?*{" and lit:
                lit = lit[:-1]
            break
        lit += ch
    word = lit.split(" ")[0]
    return {word[:4]} if len(word) >= 3 else None  # four letters where the word has them, else three


def word_starts(low: str) -> frozenset[str]:
    """The three- and four-letter starts of the words of ``low``: what :meth:`WordRegex.possible` checks."""
    words = _WORDS.findall(low)
    return frozenset([w[:3] for w in words] + [w[:4] for w in words if len(w) > 3])


class WordRegex:
    """A pattern whose alternatives start with ``\\b``, matched without the leading ``\\b`` (which stops
    Python's ``re`` from scanning for a literal prefix, 3-6x slower) and the boundary checked afterwards."""

    def __init__(self, pattern: str):
        alts = _alternatives(pattern)
        bare = [a[2:] if a.startswith("\\b") else a for a in alts]
        self.bounded = all(a.startswith("\\b") for a in alts)
        # a long alternation whose branches open with groups or classes gives the boundary-free scan no first
        # characters to skip by, so every position tries every branch; there the plain ``\b`` form, which fails at
        # once inside a word, is 2-3x faster (measured on event sentences: bench/patterns.py)
        branchy = pattern.count("|") >= 50 and (sum(1 for a in bare if not a[:1].isalpha()) >= 3
                                                or pattern.count("|") >= 120)
        self.exact = None if self.bounded and not branchy else re.compile(pattern)
        self.rx = re.compile("|".join(f"(?:{a})" for a in bare)) if self.exact is None else self.exact
        self.pattern = pattern
        heads: set[str] | None = set()
        for alt in alts:
            h = _heads(alt)
            if h is None or heads is None:
                heads = None
                continue
            heads |= h
        self.heads = frozenset(heads) if heads is not None else None

    def possible(self, starts: frozenset[str]) -> bool:
        """False when no word of the text starts as a match would (then no search is needed)."""
        return self.heads is None or not self.heads.isdisjoint(starts)


    def finditer(self, s: str):
        if self.exact is not None:
            yield from self.exact.finditer(s)
            return
        pos = 0
        while True:
            m = self.rx.search(s, pos)
            if m is None:
                return
            if m.start() == 0 or not (s[m.start() - 1].isalnum() or s[m.start() - 1] == "_"):
                yield m
                pos = max(m.end(), m.start() + 1)
            else:
                # the alternative matched inside a word: retry from the next position
                pos = m.start() + 1

    def search(self, s: str):
        """The first match of :meth:`finditer` (without a generator: this is called for most sentences)."""
        if self.exact is not None:
            return self.exact.search(s)
        rx, pos = self.rx, 0
        while (m := rx.search(s, pos)) is not None:
            at = m.start()
            if at == 0 or not (s[at - 1].isalnum() or s[at - 1] == "_"):
                return m
            pos = at + 1
        return None


class HeadIndex:
    """Which of many :class:`WordRegex` can match a text, from its words' starts in one pass."""

    def __init__(self, patterns: list[WordRegex]):
        self.always = frozenset(id(rx) for rx in patterns if rx.heads is None)
        self.by_head: dict[str, set[int]] = {}
        for rx in patterns:
            for h in rx.heads or ():
                self.by_head.setdefault(h, set()).add(id(rx))

        self.heads = frozenset(self.by_head)
        self._find_heads = re.compile(r"\b(" + trie(self.heads) + ")").findall

    def starts(self, low: str) -> frozenset[str]:
        """``word_starts(low) & self.heads`` in one regex pass (a trie of the heads, the longest first)."""
        found = set(self._find_heads(low))
        found.update([h[:3] for h in found if len(h) == 4])  # «встреча» starts both «встр» and «вст»
        return frozenset(found & self.heads)

    def possible(self, starts: frozenset[str]) -> set[int]:
        out = set(self.always)
        for h in starts & self.heads:
            out |= self.by_head[h]
        return out
