"""People named in a sentence, in the nominative, with the role written before them.

«губернатора Курской области Романа Старовойта» → «Роман Старовойт, губернатор Курской области».
First names are recognised by pymorphy3's ``Name`` tag, surnames by ``Surn`` or a capital letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .event_lexicon import ROLES
from .event_text import inflect, parses
from .names import looks_like_a_surname, russian_person, surname_nominative
from .places import place_name

# two capitalised words (and a patronymic; a surname may be in capitals), tried at every capitalised word: «Белоруссии Борисом Грызловым»
# must still find «Борисом Грызловым»
_PAIR = re.compile(r"(?<![\w-])(?=([А-ЯЁІЎ][а-яёіў']+)\s+([А-ЯЁІЎ][а-яёіў']+(?:-[А-ЯЁІЎ][а-яёіў]+)?"
                   r"|[А-ЯЁІЎ]{3,}(?:-[А-ЯЁІЎ]{3,})?(?![\w-]))"  # «Инна ЕЛЕЦКАЯ»: a surname in capitals
                   r"(?:\s+([А-ЯЁ][а-яё]+вич\w*|[А-ЯЁ][а-яё]+вн\w*))?)")
_EN_PAIR = re.compile(r"(?<![\w-])(?=([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")  # overlapping
_EN_ROLE_AFTER = re.compile(rf",\s+(?:the\s+)?((?:{ROLES})[^,.;:()]*)", re.I)
_CAPITALS = re.compile("[А-ЯЁІЎ]")  # where a _PAIR may start
_PATRONYMIC = re.compile(r"(?:вич|віч|вна|ўна|вне|ўне|вны|ўны)\w{0,3}$")
_EN_CAPITALS = re.compile("[A-Z]")


def _at_capitals(rx: re.Pattern[str], capitals: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(sentence)`` for a pattern that starts with a look-behind and a capital letter, tried at the
    capitals only (``re`` cannot scan ahead for a pattern that opens with a look-behind: it ran at every position)."""
    for c in capitals.finditer(sentence):
        m = rx.match(sentence, c.start())
        if m is not None:
            yield m


_ROLE_WORD = re.compile(rf"(?<![\w-])(?:{ROLES})", re.I)
_ROLE_BEFORE = re.compile(rf"(?:{ROLES})[\w\s’'-]*,?\s*$")  # "the Head of Bashkiria, Radiy Khabirov"
_VO_BEFORE = re.compile(r"во\s+$")
_CLAUSE_GAP = re.compile(r"[,;:()«»\"]|\sи\s")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЎа-яёіў-]+")
_FIRST_BEFORE = re.compile(r"(?<![\w-])перв\w+\s+$", re.I)
# «университета имени Франциска Скорины», «улица Ивана Мележа»: a name inside the name of a place or body
_NAMED_AFTER = re.compile(r"(?:имени|им\.|імя|імені|named after|улиц[аеыу]|проспект[аеу]?|памятник\w*|бюст\w*|помнік\w*"
                          r"|мемориал\w*|монумент\w*|могил(?:а|ы|е|у|ой|ам|ами|ах)?(?!\w))"  # (not «Могилёва»)
                          # («памятника-бюста дважды Героя СССР Давида Драгунского»: honours between)
                          r"(?:[\s-]+(?:дважды|трижды|двойчы|тройчы|Героя|Героям|Героі|Савецкага|Саюза|Советского|Союза|СССР|России|Беларуси|маршала"
                          r"|генерала|поэта|писателя|партизана|летчика|лётчика|бюста|бюст))*\s*$", re.I)
_NAMED_WORDS = ("имени", "им.", "імя", "імені", "named", "улиц", "проспект", "памятник", "бюст", "помнік", "мемориал",
                "монумент", "могил")


def _named_after(sentence: str, at: int) -> bool:
    """Is the name at ``at`` one a place or body bears (see _NAMED_AFTER; its words looked for first, cheaply)?"""
    window = sentence[max(0, at - 60): at].lower()
    return any(w in window for w in _NAMED_WORDS) and bool(_NAMED_AFTER.search(sentence, max(0, at - 60), at))


_EN_NOT_NAMES = frozenset("""The This That Oblast Region Belarus Russia Russian Belarusian Executive Committee Vitebsk
Bryansk Minsk Gomel Mogilev Grodno Brest Moscow Governor Deputy First Chairman Chairperson Minister Ambassador President
Head Mayor Council Republic Government Forum State Union Federation Assembly National Krai District City Territory
Province Okrug Victory Day""".split())


@lru_cache(maxsize=65536)  # a tag's ``in`` is slow Python in pymorphy3; a word's answer never changes
def _name_parse(word: str):
    for p in parses(word.lower()):
        if "Name" in p.tag:
            return p
    return None


@lru_cache(maxsize=65536)
def _is_surname(word: str) -> bool:
    for p in parses(word.lower()):
        if "Geox" in p.tag or "Orgn" in p.tag:
            return False
    return True


def _as_name(word: str) -> str:
    """«ЕЛЕЦКАЯ» → «Елецкая», «ИВАНОВ-ПЕТРОВ» → «Иванов-Петров»; a word already in title case unchanged."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-")) if word.isupper() else word


@lru_cache(maxsize=4096)
def people_in(sentence: str, lang: str = "ru") -> tuple[tuple[int, str, str], ...]:
    """(offset, «Имя Фамилия», role) for each person named in ``sentence``; role may be empty.
    Russian names go to the nominative; Belarusian and English ones are written in Russian where the first
    word is a first name (``names.russian_person``), else taken as written after a role word."""
    out: list[tuple[int, str, str]] = []
    if lang == "be":
        taken = -1
        for m in _at_capitals(_PAIR, _CAPITALS, sentence):
            if (town := place_name(m.group(1))) is not None and not _name_parse(town):
                continue  # «Прэзідэнт Беларусі Аляксандр Лукашэнка»: the country is not the first name (but
                # «Уладзімір» is, though a town is called Владимир)
            if m.start() < taken or _named_after(sentence, m.start()):
                continue  # (or a name a monument, street or body bears: «помніка двойчы Героя СССР …»)
            russian = russian_person(m.group(1), _as_name(m.group(2)), "be") \
                if not _PATRONYMIC.search(m.group(2)) else None  # «Аляксандру Лукашэнку» → «Александр Лукашенко»
            if russian is None and (nxt := _PAIR.match(sentence, m.start(2))) and _PATRONYMIC.search(nxt.group(2)):
                russian = russian_person(nxt.group(1), _as_name(m.group(1)), "be")  # «Міхайлавым Аляксандрам
                # Мікалаевічам»: the surname first, then the first name and the patronymic
            if russian is None and (nxt := _PAIR.match(sentence, m.start(2))) \
                    and russian_person(nxt.group(1), _as_name(nxt.group(2)), "be"):
                continue  # «старшынёй Дзяржсавета Фарыдам Мухаметшыным»: the name is the next pair
            if russian and looks_like_a_surname(russian.split()[-1]) \
                    or _ROLE_WORD.search(sentence[max(0, m.start() - 60): m.start()]):
                window = max(0, taken, m.start() - 150)  # a role is read after the previous name, never across it
                taken = m.start() + len(m.group(1)) + 1 + len(m.group(2))
                out.append((m.start(), russian or f"{m.group(1)} {_as_name(m.group(2))}",
                            _role_before(sentence[window: m.start()], False)))
        return tuple(out)
    taken = -1  # the end of the last name found: a match inside it is its second half
    for m in _at_capitals(_PAIR, _CAPITALS, sentence):
        if m.start() < taken:
            continue
        a, b = m.group(1), _as_name(m.group(2))
        if _named_after(sentence, m.start()):
            taken = m.start() + len(a) + 1 + len(b)
            continue
        first, last = (a, b) if _name_parse(a) else (b, a) if _name_parse(b) and m.group(3) else (None, None)
        if first is None or last is None or (first is b and not _is_surname(last)):
            continue
        if first is b and (nxt := _PAIR.match(sentence, m.start(2))) and _PATRONYMIC.search(nxt.group(2)) \
                and (third := _PAIR.match(sentence, nxt.start(2))) and not _PATRONYMIC.search(third.group(2)):
            continue  # «Собрания Людмила Никифоровна Дивакова»: the name starts at «Людмила», read from there (but
            # «Попков Сергей Петрович» is a surname first)
        window = max(taken, m.start() - 150)  # a role is read after the previous name, never across it
        taken = m.start() + len(a) + 1 + len(b)
        if first is a and _PATRONYMIC.search(b) and (nxt := _PAIR.match(sentence, m.start(2))) \
                and not _PATRONYMIC.search(nxt.group(2)) and (_is_surname(nxt.group(2)) or looks_like_a_surname(nxt.group(2))):
            last = _as_name(nxt.group(2))  # «Юрий Иванович Ивашкин»: the patronymic, then the surname
            taken = nxt.start(2) + len(nxt.group(2))
        p = _name_parse(first)
        gender = p.tag.gender or "masc"
        case = p.tag.case or "nomn"
        name = inflect(first, frozenset({"nomn"}), "NOUN")
        surname = surname_nominative(last, case, gender) if case != "nomn" else last
        out.append((m.start(), f"{name} {surname}", _role_before(sentence[max(0, window): m.start()])))
    if not out:
        ends = 0
        for m in _at_capitals(_EN_PAIR, _EN_CAPITALS, sentence):
            if m.group(1) in _EN_NOT_NAMES or m.group(2) in _EN_NOT_NAMES:
                continue
            written = f"{m.group(1)} {m.group(2)}"
            if out and m.start() < ends:
                continue
            lo = ends if out else 0  # a role is read after the previous name, never across
            before = sentence[max(lo, m.start() - 60): m.start()].lower()
            name = russian_person(m.group(1), m.group(2), "en") or written  # "Andrei Vorobyov" → «Андрей Воробьёв»
            if name == written and (nxt := _EN_PAIR.match(sentence, m.start(2))) \
                    and russian_person(nxt.group(1), nxt.group(2), "en"):
                continue  # "of Tatarstan Farid Mukhametshin": the name is the next pair
            if _ROLE_BEFORE.search(before):
                out.append((m.start(), name, _role_before(sentence[max(lo, m.start() - 150): m.start()])))
            elif after := _EN_ROLE_AFTER.match(sentence, m.start() + len(written)):
                # "Oleg Kozhemyako, the Governor of Primorsky Krai": the role in apposition after the name
                role = " ".join(after.group(1).split()[:8]).rstrip(" ,")
                out.append((m.start(), name, role[:1].lower() + role[1:]))
            elif name != written and looks_like_a_surname(name.split()[-1]):
                out.append((m.start(), name, ""))  # no role: only a name that is clearly one ("Muslim Film" is not)
            else:
                continue
            ends = m.start() + len(written)
    return tuple(out)


def _genitive(word: str) -> bool:
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.case == "gent"


def _plural_only(word: str) -> bool:
    """«президенты», «губернаторы» (not «главы», which may be a singular genitive)."""
    ps = parses(word.lower())
    return bool(ps) and all(p.tag.number == "plur" for p in ps if p.tag.POS == "NOUN") \
        and any(p.tag.POS == "NOUN" for p in ps)


def _role_before(prefix: str, inflected: bool = True) -> str:
    tail = prefix[-90:]
    found = [m for m in _ROLE_WORD.finditer(tail) if not _VO_BEFORE.search(tail[: m.start()])]
    if not found:
        return ""
    first = found[-1]
    for prev in reversed(found[:-1]):  # «заместитель губернатора»: a chain of role words is one role
        gap = tail[prev.end(): first.start()]
        if first.start() - prev.end() > 8 or gap.strip(" -") not in ("", "первый", "первого"):
            # «главой администрации президента»: a role in the genitive completes the one before it
            if not inflected or len(gap.split()) > 2 or _CLAUSE_GAP.search(gap) \
                    or not _genitive(first.group()):
                break
        first = prev
    words = tail[first.start():].split()
    if len(words) > 8 or (inflected and _plural_only(words[0])):
        return ""  # «президенты России и Беларуси Борис Ельцин и Александр Лукашенко»: whose role is which?
    head = inflect(words[0], frozenset({"nomn", "sing"}), "NOUN") if inflected else words[0]
    head = head.lower() if _CYRILLIC_WORD.fullmatch(head) else head[:1].lower() + head[1:]
    if _FIRST_BEFORE.search(tail[: first.start()]):
        head = "первый " + head
    role = " ".join([head, *words[1:]]).strip(" ,")
    nation = _NATION_BEFORE.search(tail[: first.start()])
    if nation:  # "Belarusian President …", «беларускі прэзідэнт …»: whose role it is
        role += " " + _NATIONS[nation.group(1).lower()[:6]]
    return role


_SOURCE_BEFORE = re.compile(r"(?i)(?:на странице|в (?:своем|своём) (?:telegram|телеграм)|по словам|по информации"
                            r"|со ссылкой на|сообщ\w+|написал\w*|рассказал\w*|паведаміў\w*|паводле|according to"
                            r"|said|told)\s+(?:[\w-]+\s+){0,6}$")
_NATION_BEFORE = re.compile(r"(?i)\b(belarusian|russian|беларуск\w*|расійск\w*|белорусск\w*|российск\w*|belarus['’\"]s?"
                            r"|russia['’\"]s)\s+$")  # (and "Belarus' Minister", "Russia's Minister")
_NATIONS = {"belaru": "of Belarus", "russia": "of Russia", "белару": "Беларусі", "расійс": "Расіі", "белору": "Беларуси",
            "россий": "России"}


@lru_cache(maxsize=4096)
def participants(sentence: str, lang: str = "ru") -> tuple[str, ...]:
    """«Имя Фамилия, role» strings, without repeats; a person named only as the source of the report («сообщается
    на странице главы округа Натальи Федоровой», «по словам …», "according to …") is not one."""
    seen: dict[str, str] = {}
    for pos, name, role in people_in(sentence, lang):
        if _SOURCE_BEFORE.search(sentence, max(0, pos - 70), pos):
            continue
        if name not in seen or (role and not seen[name]):
            seen[name] = role
    return tuple(f"{n}, {r}" if r else n for n, r in seen.items())
