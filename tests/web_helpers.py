"""Shared by the web, validator and browser tests: real stores and a real uvicorn on loopback."""

from __future__ import annotations

import datetime as dt
import random
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scheduler.extraction.types import DocumentResult, Evidence, ExtractedEvent, Published

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

TITLES = {
    "meeting": "Заседание совместной рабочей группы по сотрудничеству Беларуси и {region}",
    "visit": "Визит делегации {region} в Минск",
    "fair": "Выставка-ярмарка «Беларусь — {region}»",
    "festival": "Фестиваль «Славянское единство» в {region}",
    "commemoration": "День памяти, {region}",
    "agreement": "Подписание Соглашения о сотрудничестве с {region}",
    "plan": "План мероприятий по сотрудничеству с {region}",
    "other": "Форум регионов, {region}",
}
WEIGHTS = [30, 20, 12, 10, 6, 6, 4, 12]  # meetings and visits are common, signings rare
REGIONS = ["Курской областью", "Брянской областью", "Смоленской областью", "Псковской областью", "Калужской областью"]
PARTIES = {r: r.replace("ской областью", "ская область") for r in REGIONS}  # the generated events' sides


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seeded_store(url: str):  # noqa: ANN201 -- a Store
    from scheduler.store.ingest import ingest
    from scheduler.store.reading import open_store

    store = open_store(url)
    ingest(store, [str(SEEDS)], workers=1)
    return store


def generated_documents(n_docs: int, per_doc: int, seed: int = 0) -> list[DocumentResult]:
    """Documents whose events cover every type and date precision, with Cyrillic, commas, semicolons."""
    rnd = random.Random(seed)
    docs = []
    for d in range(n_docs):
        year = rnd.randint(2016, 2027)
        events, parts = [], []
        for k in range(per_doc):
            etype = rnd.choices(list(TITLES), weights=WEIGHTS)[0]
            region = rnd.choice(REGIONS)
            title = TITLES[etype].format(region=region) + f" № {d}-{k}"
            m, day = rnd.randint(1, 12), rnd.randint(1, 28)
            start, end, time_, rec, first_year = f"{year}-{m:02d}-{day:02d}", None, None, None, None
            roll = rnd.random()
            if etype == "plan":
                start, end = str(year), str(year + 2)
            elif etype == "commemoration" and roll < 0.5:
                rec, first_year = "yearly", year - rnd.randint(1, 80)
            elif roll < 0.1:
                start = f"{year}-{m:02d}"
            elif roll < 0.25:
                end = f"{year}-{m:02d}-{min(28, day + 3):02d}"
            elif roll < 0.45:
                time_ = f"{rnd.randint(8, 18):02d}:{rnd.choice((0, 30)):02d}"
            sentence = f"{title}: стороны обсудили торговлю, логистику; итоги — в пресс-релизе {d}-{k}."
            offset = sum(len(p) + 1 for p in parts)
            parts.append(sentence)
            events.append(ExtractedEvent(etype, title, start, end, time_, rnd.choice([None, "Минск", "Курск, Дом Советов"]),
                                         tuple(rnd.sample(["Иванов И. И.", "Петров П. П.", "Сидорова А. А."], rnd.randint(0, 2))),
                                         rec, Evidence(offset, offset + len(sentence), sentence), first_year,
                                         parties=("Республика Беларусь", PARTIES[region])))
        text = "\n".join(parts)
        docs.append(DocumentResult(source=f"generated/{d:05d}.txt", text=text, url=f"https://example.org/news/{d}",
                                   published=Published(f"{year}-01-15", "given"), events=tuple(events),
                                   title=f"Новость {d}"))
    return docs


def generated_store(url: str, n_docs: int, per_doc: int = 10, seed: int = 0):  # noqa: ANN201 -- a Store
    from scheduler.store import writing as writer
    from scheduler.store.reading import open_store

    store = open_store(url)
    docs = generated_documents(n_docs, per_doc, seed)
    for i in range(0, len(docs), 200):
        writer.add_documents(store, [(doc, None) for doc in docs[i:i + 200]])
    return store


@contextmanager
def running_app(store, *, clock=None, version_ttl: float | None = 0.0, config: dict | None = None,  # noqa: ANN001
                **app_options: object) -> Iterator[str]:
    """A uvicorn server for the app over ``store`` on a free loopback port; yields its base URL.
    ``app_options`` go to create_app (base_url, allowed_hosts), ``config`` to uvicorn.Config."""
    import uvicorn

    from scheduler.web.app import create_app

    app = create_app(store, clock=clock, **app_options)  # type: ignore[arg-type]
    if version_ttl is not None:
        app.state.feeds.version_ttl = version_ttl
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                          **(config or {})))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.timezone.utc)  # noqa: UP017
