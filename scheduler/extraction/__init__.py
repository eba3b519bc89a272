"""Extraction: text in, frozen :class:`~scheduler.extraction.types.DocumentResult` out (pure).

- :func:`extract_text` -- one text: language, address, headline, publication date, mentions, events;
- :func:`extract_paths` -- files, folders, ``-``: one result (or :class:`ExtractionError`) per document,
  streamed in input order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..errors import ExtractionError, UsageError
from .types import DocumentResult, Evidence, ExtractedEvent, Mention, Published

__all__ = ["extract_text", "extract_paths", "warm", "DocumentResult", "Mention", "Published", "ExtractedEvent",
           "ExtractionError"]


def _given(published: str | None) -> str | None:
    if not published:
        return None
    from datetime import date

    try:
        return date.fromisoformat(published.strip()).isoformat()
    except ValueError:
        raise UsageError(f"--published {published!r}: not a date (want YYYY-MM-DD)") from None


def extract_text(text: str, *, source: str = "-", published: str | None = None, url: str | None = None,
                 events: bool = True, meta: Mapping[str, Any] | None = None) -> DocumentResult:
    """Everything presscal finds in one document's text (pure: no I/O, no clock)."""
    from . import dates, lang
    from . import published as pub_mod

    lng = lang.detect_lang(text)
    url = url or (meta or {}).get("url") or lang.find_url(text)
    title = (meta or {}).get("title") or lang.find_title(text)
    written, back, headline = text, None, title  # Belarusian in the Latin script is read in Cyrillic (spans mapped back)
    if lng != "ru" and _LACINKA_LETTERS.intersection(text):
        from .lacinka import is_lacinka, to_cyrillic

        if is_lacinka(text):
            text, back = to_cyrillic(text)
            lng, headline = "be", to_cyrillic(title)[0] if title else title
    read = _belarusian_i(text) if lng == "be" else text  # (the same length: every offset holds in both)
    if "Х" in read:  # «Х Форум регионов», «ХII Форум»: a Roman numeral typed with the Cyrillic Х (same length)
        read = _latin_numerals(read)
    if "\u2010" in read or "\u2011" in read:  # «Санкт‑Петербург» with a non-breaking hyphen is Санкт-Петербург
        read = read.translate(_HYPHENS)
    cands = dates.scan(read)
    cut = lang.related_start(read)  # (a list of other news dates neither the page nor its events)
    pub, ref = pub_mod.find_published(read, [c for c in cands if c.start < cut] if cut < len(read) else cands,
                                      given=_given(published), meta=meta, url=url)
    mentions = dates.resolve(read, cands, ref)
    found: list[ExtractedEvent] = []
    spelled = read  # the text the events are read in
    if events:
        # «сегодня, 5 декабря», a date line "11:07, 31 July" in a text that names no year: that day is the day of the
        # text, for its events (the publication stays unknown)
        day = pub or (Published(f"XXXX-{ref.month:02d}-{ref.day:02d}", "day", "") if ref.month and ref.day else None)
        stamp = pub_mod.crawl_stamp(read)
        dating = [m for m in mentions if not (stamp and m.start < stamp and not (pub and pub.how == "dateline"))]
        # (a crawler's stamp the text contradicts, « date 2019-12-13» over a report of 2024, dates no event either)
        if lng == "be":  # a Belarusian text in the classical spelling is read in the official one (same length)
            from .classical import to_official

            spelled = to_official(read)
        found = _find_events(spelled, dating, day, lng, headline, cut if spelled is read else None)
    if read is not text or spelled is not text:  # what is quoted is quoted as written
        from dataclasses import replace

        mentions = [replace(m, text=text[m.start:m.end]) for m in mentions]
        found = [replace(e, evidence=_as_written(text, spelled, e.evidence.start, e.evidence.end))
                 if e.evidence is not None else e for e in found]
    if back is not None:  # spans of the Cyrillic copy, given back as spans of the text as written
        from dataclasses import replace

        from .lacinka import span_back

        mentions = [replace(m, start=a, end=b, text=written[a:b])
                    for m in mentions for a, b in [span_back(back, m.start, m.end)]]
        found = [replace(e, evidence=Evidence(a, b, written[a:b]))
                 if e.evidence is not None else e
                 for e in found for a, b in [span_back(back, e.evidence.start, e.evidence.end)
                                             if e.evidence is not None else (0, 0)]]
        text = written
    return DocumentResult(source=source, text=text, url=url, lang=lng, published=pub, mentions=tuple(mentions),
                          events=tuple(found), title=title, meta=dict(meta or {}))


_LACINKA_LETTERS = frozenset("ŭćśźńłŬĆŚŹŃŁ")  # (a cheap test before the script's own)


_HYPHENS = {0x2010: "-", 0x2011: "-"}


def _as_written(text: str, spelled: str, start: int, end: int) -> Evidence:
    """The evidence span in the text as written. A sentence read in the official spelling ends a letter early where
    a soft sign dropped from its last word moved behind it («… у Берасьці.» read «… у Берасці. »): its closing marks
    then follow the span in ``text``, and belong to it."""
    while end < len(text) and text[end] in ".!?…" and spelled[end - 1: end] in ".!?…" and text[end - 1] not in ".!?…":
        end += 1
    return Evidence(start, end, text[start:end])


_LATIN_I = None  # compiled on first use


def _belarusian_i(text: str) -> str:
    """«святкаваннi Дня незалежнасцi»: a Latin i typed for the Belarusian і (as old keyboards and encodings
    made writers do) read as і wherever it stands next to a Cyrillic letter; ``text`` itself when there is none."""
    import re

    global _LATIN_I
    if "i" not in text and "I" not in text:
        return text
    if _LATIN_I is None:
        _LATIN_I = re.compile(r"(?<=[А-ЯЁЎІа-яёўі’'ʼ])[iI]|[iI](?=[А-ЯЁЎІа-яёўі])")
    fixed = _LATIN_I.sub(lambda m: "і" if m.group() == "i" else "І", text)
    return text if fixed == text else fixed


_CYRILLIC_NUMERAL = None  # compiled on first use


def _latin_numerals(text: str) -> str:
    """«Х Форум регионов», «ХII Форума», «ХІ Форум»: a Roman numeral with a Cyrillic Х (and І) in it, before a word,
    read in Latin letters (what edition numbers and years are counted from); ``text`` itself when there is none."""
    import re

    global _CYRILLIC_NUMERAL
    if _CYRILLIC_NUMERAL is None:
        _CYRILLIC_NUMERAL = re.compile(r"(?<![\w-])[IVXІ]*Х[IVXХІ]*(?![\w-])(?=\s+[«\"„]?[А-ЯЁЎІA-Zа-яёўі])")
    fixed = _CYRILLIC_NUMERAL.sub(lambda m: m.group().translate(_LATIN_OF), text)
    return text if fixed == text else fixed


_LATIN_OF = {ord("Х"): "X", ord("І"): "I"}


_SPACES = None  # compiled on first use: runs of horizontal white space, or one that is not a plain space, or a break
_BREAK = None
_ODD_SPACES = "\t\u00a0\u2007\u2009\u202f"  # the spaces of _SPACES but the plain one


def _mid_sentence(text: str, at: int, after: str) -> bool:
    """The line break at ``at`` cuts a sentence: a letter or comma before it, and a lowercase letter after it
    (or a number, where the line before is a sentence's length, not a heading's)."""
    before = text[at - 1: at]
    if not (before.isalpha() or before == ","):
        return False
    return not after.isdigit() or at - (text.rfind("\n", 0, at) + 1) > 40


def _runs_on(text: str, at: int, comma: bool = False) -> bool:
    """Inside a hard-wrapped paragraph, the line break at ``at`` goes on whatever the next line opens with
    («… совершила рабочий визит в город-побратим\nКузнецк (Российская Федерация).»): the line before stops
    mid-sentence and is a wrapped line's length, not a heading's (``comma``: a line cut after a comma, «26 июня на
    границе России,\nБелоруссии и Украины …», goes on whatever its length)."""
    before = text[at - 1: at]
    return (before.isalpha() or before in ",-–—(«") and (comma or at - (text.rfind("\n", 0, at) + 1) > 40)


def _find_events(text: str, mentions: list[Mention], pub: Published | None, lng: str,
                 title: str | None, related: int | None = None) -> list[ExtractedEvent]:
    """The events of a text. The event grammar spells one plain space between words, so a text with double
    spaces, tabs or no-break spaces is read in a copy where each run is one space; mention offsets go into
    the copy and evidence offsets come back out, so ``text[evidence.start:evidence.end]`` still holds.
    ``related``: ``lang.related_start(text)`` where the caller has it (the copy finds its own)."""
    import re
    from dataclasses import replace

    from . import events as ev_mod

    global _SPACES, _BREAK
    if _SPACES is None:
        _SPACES = re.compile(r"[ \t\u00a0\u2007\u2009\u202f]*\n[ \t\u00a0]*(?=[a-zа-яёіў\dA-ZА-ЯЁІЎ«(])"
                             r"|[ \t\u00a0\u2007\u2009\u202f]{2,}|[\t\u00a0\u2007\u2009\u202f]")
        _BREAK = re.compile(r"\n[ \t\u00a0]*[a-zа-яёіў\d]")
    # a line broken inside a sentence ("signed\n   on March 3"): the layout's, not the text's; one space in the copy
    broken = any(_mid_sentence(text, m.start(), text[m.end() - 1]) for m in _BREAK.finditer(text)) \
        if "\n" in text else False
    if not broken and "  " not in text and not any(ch in text for ch in _ODD_SPACES):  # what _SPACES finds, faster
        return list(ev_mod.find_events(text, mentions, pub, lng, title, related))
    parts: list[str] = []
    back: list[int] = []  # back[i]: where character i of the copy stands in ``text``
    fwd = [0] * (len(text) + 1)  # fwd[j]: the copy's offset of ``text``'s offset j
    last = 0
    run = False  # the last line break was inside a sentence: a hard-wrapped paragraph goes on
    for m in _SPACES.finditer(text):
        if "\n" in m.group():
            at = m.start() + m.group().index("\n")
            nxt = text[m.end()]
            if not (_mid_sentence(text, at, nxt) if not nxt.isupper() and nxt not in "«(" else
                    (run or text[at - 1: at] == ",") and _runs_on(text, at, text[at - 1: at] == ",")):
                run = False
                continue  # (a line that ends a sentence or a heading stays a line)
            run = True
        for j in range(last, m.start()):
            fwd[j] = len(back)
            back.append(j)
        parts.append(text[last:m.start()])
        for j in range(m.start(), m.end()):
            fwd[j] = len(back)
        back.append(m.start())
        parts.append(" ")
        last = m.end()
    for j in range(last, len(text)):
        fwd[j] = len(back)
        back.append(j)
    parts.append(text[last:])
    fwd[len(text)] = len(back)
    back.append(len(text))
    copy = "".join(parts)
    moved = [replace(m, start=fwd[m.start], end=fwd[m.end], text=copy[fwd[m.start]:fwd[m.end]]) for m in mentions]
    out = []
    for ev in ev_mod.find_events(copy, moved, pub, lng, title):
        if ev.evidence is not None:
            a, b = back[ev.evidence.start], back[ev.evidence.end]
            ev = replace(ev, evidence=Evidence(a, b, text[a:b]))
        out.append(ev)
    return out


def warm() -> None:
    """Load now everything the extractor otherwise loads on first use -- pymorphy3's dictionaries, the gazetteer and
    its table of sounds, CLDR's country names, the compiled date grammar -- so that no document pays for it: for a
    long-running process (the web app's ingest, a worker) and for a benchmark's set-up. ``extract_text`` works
    without it; a process that reads one text saves nothing by calling it."""
    from . import countries, gazetteer, grammar, places
    from .event_text import morph

    morph()
    gazetteer.warm()
    places.warm()
    countries.warm()
    grammar.warm()


def extract_paths(paths: Sequence[str], published: str | None = None,
                  events: bool = True) -> Iterator[DocumentResult | ExtractionError]:
    """Extract each document of ``paths`` in order, one at a time; unreadable ones yield their error."""
    from .documents import iter_documents

    given = _given(published)
    for doc in iter_documents(paths):
        if isinstance(doc, ExtractionError):
            yield doc
            continue
        try:
            yield extract_text(doc.text, source=doc.source, published=given, events=events, meta=doc.meta)
        except Exception as e:  # noqa: BLE001 -- an extractor bug must not end the run: report it, go on (as ingest)
            yield ExtractionError(f"{doc.source}: unexpected {type(e).__name__}: {e}; skipped (please report it)")
