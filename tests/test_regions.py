"""Issue 12, "Regions first": each side's own calendar, plans told apart, honest dates, no private paths.

End to end: real SQLite files (and PostgreSQL where the store is concerned), the command line as a user
runs it, the web app under uvicorn on loopback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scheduler
from scheduler.cli import main

from .conftest import SEEDS

KURSK_MEETING = """Заседание рабочей группы по сотрудничеству с Курской областью

3 июня 2026 года

Заседание совместной рабочей группы по сотрудничеству Республики Беларусь и Курской области пройдёт в Минске \
10 июня 2026 года.
"""
KURSK_MEETING_GOMEL = """В Минске обсудят сотрудничество с Курской и Гомельской областями

5 июня 2026 года

10 июня 2026 года в Минске состоится заседание совместной рабочей группы по сотрудничеству Республики Беларусь \
и Курской области с участием представителей Гомельской области.
"""
BRYANSK_VISIT = """Делегация Брянской области посетит Гомель

12 марта 2026 года

Делегация Брянской области во главе с губернатором посетит Гомельскую область 15 апреля 2026 года. В ходе визита \
запланированы переговоры о расширении поставок продукции машиностроения.
"""
VITEBSK_PLAN = """Подписан план сотрудничества Витебской и Брянской областей

20 декабря 2025 года

В Витебске подписан План мероприятий по развитию сотрудничества между Витебской областью Республики Беларусь \
и Брянской областью Российской Федерации на 2026-2028 годы.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, **docs: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def events_json(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> list[dict]:
    code, out, err = run(capsys, "events", "--db", db, "--json", *extra)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


# --------------------------------------------------------------------------- 1. parties in the store


def test_issue_12_migration_fills_parties_of_an_existing_store(db_url: str) -> None:
    """A store written before parties existed (the revision before 0003) keeps every row and gets each event's parties
    from what its sources' extractions recorded."""
    from alembic import command
    from alembic.config import Config

    from scheduler.store.reading import PKG, open_store

    from .web_helpers import seeded_store

    store = seeded_store(db_url)
    before = {r.uid: r.parties for r in store.records()}
    counts = store.counts()
    assert before and all(before.values())
    cfg = Config(str(PKG / "alembic.ini"))
    cfg.set_main_option("script_location", str(PKG / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")  # the revision before 0003 (parties)
    store.close()
    old = open_store(db_url, migrate=False)
    assert old.revision() == "0002"
    old.close()
    again = open_store(db_url)
    assert again.revision() >= "0003"  # and on to the newest (0004: a source's party)
    assert again.counts() == counts
    assert {r.uid: r.parties for r in again.records()} == before
    again.close()


def test_issue_12_parties_are_merged_across_sources_belarusian_side_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    docs = write(tmp_path / "docs", a=KURSK_MEETING, b=KURSK_MEETING_GOMEL)
    assert run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")[0] == 0
    (meeting,) = [e for e in events_json(capsys, db) if e["start"] == "2026-06-10"]
    assert len(meeting["sources"]) == 2
    assert set(meeting["parties"]) == {"Минск", "Гомельская область", "Курская область"}
    assert meeting["parties"][-1] == "Курская область"  # the Russian side after every Belarusian party


def test_issue_12_parties_corrected_by_hand_win_over_reingest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    docs = write(tmp_path / "docs", a=KURSK_MEETING)
    assert run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")[0] == 0
    (meeting,) = events_json(capsys, db)
    assert meeting["parties"] == ["Минск", "Курская область"]
    code, out, err = run(capsys, "event", "edit", str(meeting["id"]), "--db", db,
                         "--parties", "Курская область;  Республика Беларусь ")
    assert code == 0, err
    write(docs, a=KURSK_MEETING.replace("пройдёт", "состоится"))  # the release is edited: re-extracted
    code, out, _ = run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")
    assert code == 0 and "1 updated" in out
    code, out, _ = run(capsys, "event", "show", str(meeting["id"]), "--db", db, "--json")
    shown = json.loads(out)
    assert shown["parties"] == ["Республика Беларусь", "Курская область"]
    assert shown["corrections"][0]["field"] == "parties"
    (rec,) = scheduler.events(db=db)
    assert rec.parties == ("Республика Беларусь", "Курская область")
    code, out, _ = run(capsys, "event", "show", str(meeting["id"]), "--db", db)
    assert "parties: Республика Беларусь; Курская область" in out
    code, _, err = run(capsys, "event", "edit", str(meeting["id"]), "--db", db, "--parties", "Курская\x07область")
    assert code == 2 and "--parties" in err
    assert run(capsys, "event", "edit", str(meeting["id"]), "--db", db, "--parties", "")[0] == 0
    assert scheduler.events(db=db)[0].parties == ()


def test_issue_12_seeds_carry_their_parties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert run(capsys, "ingest", str(SEEDS), "--db", db, "--workers", "1", "--quiet")[0] == 0
    rows = events_json(capsys, db)
    assert all(isinstance(r["parties"], list) for r in rows)
    assert sum("Курская область" in r["parties"] for r in rows) >= 10


# --------------------------------------------------------------------------- 2. per-region calendars


@pytest.fixture(scope="module")
def regions_store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 -- a Store
    """The seeds and three new releases: a Bryansk–Gomel visit, a Kursk meeting, a Vitebsk–Bryansk plan."""
    from scheduler.store.ingest import ingest

    from .web_helpers import seeded_store

    tmp = tmp_path_factory.mktemp("regions")
    store = seeded_store(f"sqlite:///{tmp / 'regions.db'}")
    docs = write(tmp / "docs", bryansk=BRYANSK_VISIT, kursk=KURSK_MEETING, vitebsk=VITEBSK_PLAN)
    assert not ingest(store, [str(docs)], workers=1).failed
    return store


@pytest.fixture(scope="module")
def regions_app(regions_store):  # noqa: ANN001, ANN201 -- the base URL of uvicorn serving it
    import datetime as dt

    from .web_helpers import running_app

    now = dt.datetime(2026, 3, 20, 9, tzinfo=dt.timezone.utc)  # noqa: UP017
    with running_app(regions_store, clock=lambda: now) as url:
        yield url


def ics(url: str) -> tuple[int, list]:
    import httpx
    from icalendar import Calendar

    r = httpx.get(url, timeout=30)
    if r.status_code != 200:
        return r.status_code, []
    assert r.headers["content-type"].startswith("text/calendar")
    return 200, list(Calendar.from_ical(r.content).walk("VEVENT"))


def test_issue_12_slugs_are_stable_transliterations() -> None:
    from scheduler.rules.parties import slug

    assert [slug(n) for n in ("Курская область", "Республика Беларусь", "Могилёвская область",
                              "Российская Федерация", "Санкт-Петербург", "Республика Татарстан")] == [
        "kurskaya-oblast", "respublika-belarus", "mogilevskaya-oblast", "rossiyskaya-federatsiya",
        "sankt-peterburg", "respublika-tatarstan"]


def test_issue_12_a_regions_feed_holds_its_events_anniversaries_and_plan_deadlines(regions_store, regions_app) -> None:  # noqa: ANN001
    kursk = {r.uid.split("@")[0] for r in regions_store.records(party="Курская область")}
    code, items = ics(f"{regions_app}/calendars/region/kurskaya-oblast.ics")
    assert code == 200
    uids = {str(e["UID"]).split("@")[0] for e in items}
    assert {u for u in uids if "-" not in u} == kursk  # its events, and only its events
    summaries = [str(e["SUMMARY"]) for e in items]
    assert any(str(e["UID"]).split("@")[0].split("-")[1:2] == ["anniversary"] for e in items)
    assert any(s.startswith("Истекает срок: План мероприятий") for s in summaries)
    assert not any("Брянск" in s for s in summaries)
    code, items = ics(f"{regions_app}/calendars/region/bryanskaya-oblast.ics")
    summaries = [str(e["SUMMARY"]) for e in items]
    assert code == 200 and any("Брянской области" in s for s in summaries)
    assert any(s.startswith("Истекает срок") and "2026" in s and "2028" in s for s in summaries)
    assert not any("Курск" in s for s in summaries)


def test_issue_12_party_narrows_every_feed(regions_app: str) -> None:
    from scheduler.feeds.build import FEED_NAMES

    for name in FEED_NAMES:
        code, everything = ics(f"{regions_app}/calendars/{name}.ics")
        code2, gomel = ics(f"{regions_app}/calendars/{name}.ics?party=gomelskaya-oblast")
        assert code == code2 == 200
        assert {str(e["UID"]) for e in gomel} <= {str(e["UID"]) for e in everything}
    code, visits = ics(f"{regions_app}/calendars/visit.ics?party=gomelskaya-oblast")
    assert any(str(e["SUMMARY"]).startswith("Визит делегации Брянской области") for e in visits)
    code, _ = ics(f"{regions_app}/calendars/visit.ics?party=Гомельская%20область")
    assert code == 200
    assert ics(f"{regions_app}/calendars/visit.ics?party=nowhere")[0] == 404


@pytest.mark.parametrize("path", [
    "/calendars/region/nowhere.ics", "/calendars/region/kurskaya-oblast", "/calendars/region/..%2Fall.ics",
    "/calendars/region/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.ics", "/calendars/region/kurskaya-oblast.ics%00.txt",
    "/calendars/region/../../pyproject.toml", "/calendars/region/KURSKAYA-OBLAST.ics",
])
def test_issue_12_only_feeds_are_served_under_region(regions_app: str, path: str) -> None:
    from .test_web import raw_get

    assert raw_get(regions_app, path) == 404


def test_issue_12_the_page_lets_a_person_pick_a_region(regions_app: str) -> None:
    import httpx

    page = httpx.get(f"{regions_app}/", timeout=30).text
    assert '<select name="party"' in page and '<option value="bryanskaya-oblast">' in page
    assert "region-subscribe" not in page
    page = httpx.get(f"{regions_app}/?party=bryanskaya-oblast", timeout=30).text
    assert '<option value="bryanskaya-oblast" selected>' in page
    assert f'data-url="{regions_app}/calendars/region/bryanskaya-oblast.ics"' in page
    assert 'href="webcal://127.0.0.1:' in page and "/calendars/region/bryanskaya-oblast.ics" in page
    assert "Визит делегации Брянской области" in page and "Курской битве" not in page
    assert "party=bryanskaya-oblast&amp;type=visit" in page  # the type filters keep the region
    assert httpx.get(f"{regions_app}/?party=nowhere", timeout=30).status_code == 404


def test_issue_12_upcoming_and_events_take_a_party(regions_store, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    db = regions_store.url
    code, out, _ = run(capsys, "upcoming", "--db", db, "--from", "2026-03-20", "--days", "120", "--party",
                       "bryanskaya-oblast", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all("Брянская область" in r["parties"] for r in rows)
    assert any(r["title"].startswith("Визит делегации Брянской области") for r in rows)
    code, out, _ = run(capsys, "events", "--db", db, "--party", "Брянская область")
    assert code == 0 and "Визит делегации Брянской области" in out and "Курск" not in out
    code, _, err = run(capsys, "events", "--db", db, "--party", "Атлантида")
    assert code == 2 and "kurskaya-oblast" in err
    assert any(r.title.startswith("Визит делегации Брянской области")
               for r in scheduler.events(db=db, party="gomelskaya-oblast"))


# --------------------------------------------------------------------------- 3. plans told apart by parties

KURSK_PLAN = """Подписан новый план сотрудничества Беларуси и Курской области

22 декабря 2025 года

В Курске подписан План мероприятий по реализации Соглашения между Правительством Республики Беларусь \
и Администрацией Курской области на 2026-2028 годы.
"""
KURSK_PLAN_NAME = "План мероприятий Беларусь — Курская область на 2023–2025 годы"


@pytest.fixture
def smtp():  # noqa: ANN201 -- a real SMTP server (aiosmtpd) on loopback
    import importlib.util

    from .test_remind_e2e import Server, need

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed (pip install -e '.[test]')")
    srv = Server()
    srv.start()
    yield srv
    srv.stop()


def seeds_and(tmp_path: Path, capsys: pytest.CaptureFixture[str], **docs: str) -> str:
    db = f"sqlite:///{tmp_path / 'plans.db'}"
    folders = [str(SEEDS)] + ([str(write(tmp_path / "more", **docs))] if docs else [])
    code, _, err = run(capsys, "ingest", *folders, "--db", db, "--workers", "1", "--quiet")
    assert code == 0, err
    assert run(capsys, "subscribe", "a@example.org", "--db", db)[0] == 0
    return db


def test_issue_12_another_regions_plan_does_not_silence_the_overdue_notice(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys, vitebsk=VITEBSK_PLAN)
    code, out, _ = run(capsys, "remind", "--dry-run", "--now", "2026-01-05T09:00", "--db", db)
    assert code == 0 and "overdue" in out and "1 reminders due" in out
    assert run(capsys, "remind", "--once", "--now", "2026-01-05T09:00", "--db", db)[0] == 0
    assert smtp.box.subjects() == [f"План истёк: требуется новый план — {KURSK_PLAN_NAME}"]
    # and the Vitebsk–Bryansk plan has its own: three years later, nothing silences it either
    assert run(capsys, "remind", "--once", "--now", "2029-01-03T09:00", "--db", db)[0] == 0
    bryansk = [s for s in smtp.box.subjects() if "2026–2028" in s]
    assert bryansk and all("Витебской" in s and "Брянской" in s for s in bryansk), smtp.box.subjects()


def test_issue_12_a_later_plan_of_the_same_parties_silences_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = seeds_and(tmp_path, capsys, kursk=KURSK_PLAN, vitebsk=VITEBSK_PLAN)
    code, out, _ = run(capsys, "remind", "--dry-run", "--now", "2026-01-05T09:00", "--db", db)
    assert code == 0 and "overdue" not in out and "0 reminders due" in out


def test_issue_12_deadline_entries_name_the_parties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    db = seeds_and(tmp_path, capsys, vitebsk=VITEBSK_PLAN)
    assert run(capsys, "publish", "--db", db, "--out", str(tmp_path / "cal"))[0] == 0
    cal = Calendar.from_ical((tmp_path / "cal" / "deadlines.ics").read_bytes())
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert f"Истекает срок: {KURSK_PLAN_NAME}" in summaries
    assert f"До окончания плана 30 дней: {KURSK_PLAN_NAME}" in summaries
    assert not any(s.endswith("План мероприятий на 2023-2025 годы") for s in summaries)
    assert any(s.startswith("Истекает срок: План мероприятий по развитию сотрудничества между Витебской")
               for s in summaries)


# --------------------------------------------------------------------------- 4. honest precision

SUMMER_2027 = """Фестиваль дружбы пройдёт в Курске летом

1 декабря 2026 года

Международный фестиваль «Славянское единство» пройдёт в Курске в июне 2027 года. В 2027 году также состоится \
визит делегации Курской области в Минск.
"""


def test_issue_12_a_month_or_year_never_pretends_to_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt
    import re

    import httpx

    from scheduler.store.reading import open_store

    from .web_helpers import running_app

    db = f"sqlite:///{tmp_path / 'vague.db'}"
    assert run(capsys, "ingest", str(write(tmp_path / "d", summer=SUMMER_2027)), "--db", db, "--quiet")[0] == 0
    now = dt.datetime(2026, 12, 20, 9, tzinfo=dt.timezone.utc)  # noqa: UP017
    with running_app(open_store(db), clock=lambda: now) as base:
        page = httpx.get(f"{base}/", timeout=30).text
    upcoming = page.split('id="upcoming"', 1)[1].split("</section>", 1)[0]
    assert "<time>июнь 2027</time>" in upcoming and "<time>2027 год</time>" in upcoming
    assert not re.search(r"<time>1 (июня|января) 2027", upcoming)
    code, out, _ = run(capsys, "upcoming", "--db", db, "--from", "2026-12-20", "--days", "365")
    assert code == 0 and sorted(line.split("\t")[0] for line in out.splitlines()) == ["2027", "2027-06"]
    code, out, _ = run(capsys, "upcoming", "--db", db, "--from", "2026-12-20", "--days", "365", "--json")
    assert sorted((r["date"], r["precision"]) for r in map(json.loads, out.splitlines())) == [
        ("2027-01-01", "year"), ("2027-06-01", "month")]


def test_issue_12_a_year_only_signing_is_reminded_as_a_year(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from email import message_from_bytes, policy

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys)
    assert run(capsys, "remind", "--once", "--now", "2027-01-04T09:00", "--db", db)[0] == 0
    (msg,) = [message_from_bytes(m, policy=policy.default) for _, m in smtp.box.messages]
    assert str(msg["Subject"]).startswith("В 2027 году — 25-летие подписания соглашения о сотрудничестве")
    text = msg.get_body(("plain",)).get_content()
    assert "точная дата в источниках не указана" in text and "01.01.2027" not in text and "04.01.2027" not in text


# --------------------------------------------------------------------------- 5. anniversaries that matter


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from .web_helpers import seeded_store

    store = seeded_store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 's.db'}")
    store.close()
    return store.url


def test_issue_12_anniversaries_feed_has_no_noise(seeds_db: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    assert run(capsys, "publish", "--db", seeds_db, "--out", str(tmp_path))[0] == 0
    items = list(Calendar.from_ical((tmp_path / "anniversaries.ics").read_bytes()).walk("VEVENT"))
    by_day: dict[str, list[str]] = {}
    for e in items:
        by_day.setdefault(e["DTSTART"].dt.isoformat(), []).append(str(e["SUMMARY"]))
    plan_2023 = sorted(d for d, ss in by_day.items() for s in ss if "Плана мероприятий на 2023-2025" in s)
    assert plan_2023 == ["2024-01-09", "2025-01-09"]  # none once the plan's period is over
    assert not any("2017-2019" in s for ss in by_day.values() for s in ss)  # (the window starts in 2021)
    assert not any("Дня единения" in s for ss in by_day.values() for s in ss)  # the day itself is in all.ics
    assert "2023-08-23" not in by_day  # all.ics has «80-летие Победы в Курской битве» that day
    assert any("годовщина Курской битвы" in s for s in by_day.get("2024-08-23", []))
    all_ics = Calendar.from_ical((tmp_path / "all.ics").read_bytes())
    (unity,) = [e for e in all_ics.walk("VEVENT") if str(e["SUMMARY"]) == "День единения народов Беларуси и России"]
    rows = events_json(capsys, seeds_db, "--type", "commemoration")
    (stored,) = [r for r in rows if r["uid"] == str(unity["UID"])]
    assert stored["start"] == unity["DTSTART"].dt.isoformat() == "1996-04-02" and stored["first_year"] == 1996
    code, out, _ = run(capsys, "upcoming", "--db", seeds_db, "--from", "1995-01-01", "--days", "900",
                       "--type", "commemoration")
    assert [line.split("\t")[0] for line in out.splitlines() if "Дня единения" in line or "День единения" in line] \
        == ["1996-04-02", "1997-04-02"]


def test_issue_12_upcoming_lists_anniversaries_marked_as_such(seeds_db: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    (signing,) = [r for r in events_json(capsys, seeds_db) if r["start"] == "2020-09-29"]
    code, out, _ = run(capsys, "upcoming", "--db", seeds_db, "--from", "2027-09-01", "--days", "60", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    (seventh,) = [r for r in rows if r["date"] == "2027-09-29"]
    assert seventh["anniversary"] == {"of": signing["uid"], "years": 7}
    assert seventh["title"].startswith("7-я годовщина") and seventh["uid"] != signing["uid"]
    code, out, _ = run(capsys, "upcoming", "--db", seeds_db, "--from", "2027-09-01", "--days", "60")
    assert "2027-09-29\tanniversary\t7-я годовщина" in out
    code, out, _ = run(capsys, "upcoming", "--db", seeds_db, "--from", "2027-09-01", "--days", "60",
                       "--no-anniversaries", "--json")
    assert not any(json.loads(line)["anniversary"] for line in out.splitlines())
    occ = [o for o in scheduler.upcoming(60, db=seeds_db, today=dt.date(2027, 9, 1)) if o.anniversary]
    assert [(o.date, o.anniversary, o.record.uid) for o in occ] == [(dt.date(2027, 9, 29), 7, signing["uid"])]
    assert not [o for o in scheduler.upcoming(60, db=seeds_db, today=dt.date(2027, 9, 1), anniversaries=False)
                if o.anniversary]


def test_issue_12_unity_day_email_names_the_day_without_an_ordinal_or_a_stray_quote(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from email import message_from_bytes, policy

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys)
    assert run(capsys, "remind", "--once", "--now", "2026-04-01T09:00", "--db", db)[0] == 0
    msgs = [message_from_bytes(m, policy=policy.default) for _, m in smtp.box.messages]
    (unity,) = [m for m in msgs if "единения" in str(m["Subject"])]  # the morning's digest
    text = unity.get_body(("plain",)).get_content()
    assert "1. Завтра, 02.04.2026: День единения народов Беларуси и России\n" in text
    assert "годовщина Дня единения" not in text and "Совещание" not in text


# --------------------------------------------------------------------------- 6. no private paths


def test_issue_12_no_local_folder_leaves_the_machine(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    import datetime as dt
    from email import message_from_bytes, policy

    import httpx

    from scheduler.store.reading import open_store

    from .web_helpers import running_app

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    private = tmp_path / "home" / "user" / "releases"
    db = f"sqlite:///{tmp_path / 'p.db'}"
    assert run(capsys, "ingest", str(write(private, **{"01": KURSK_MEETING})), "--db", db, "--quiet")[0] == 0
    assert run(capsys, "subscribe", "a@example.org", "--db", db)[0] == 0
    folder = str(private)
    published: dict[str, str] = {}
    assert run(capsys, "publish", "--db", db, "--out", str(tmp_path / "cal"))[0] == 0
    for f in (tmp_path / "cal").rglob("*.ics"):
        published[f.name] = f.read_bytes().decode().replace("\r\n ", "")  # unfolded
    assert "Источник: 01.txt" in published["all.ics"] and "Источник: 01.txt" in published["kurskaya-oblast.ics"]
    now = dt.datetime(2026, 6, 1, 9, tzinfo=dt.timezone.utc)  # noqa: UP017
    with running_app(open_store(db), clock=lambda: now) as base:
        page = httpx.get(f"{base}/event/1", timeout=30).text
        served = httpx.get(f"{base}/calendars/all.ics", timeout=30).text.replace("\r\n ", "")
    assert "01.txt" in page and "Источник: 01.txt" in served
    assert run(capsys, "remind", "--once", "--now", "2026-06-03T09:00", "--db", db)[0] == 0
    (mail,) = [message_from_bytes(m, policy=policy.default) for _, m in smtp.box.messages]
    text = mail.get_body(("plain",)).get_content()
    assert "Источник: 01.txt" in text
    for what, body in [("page", page), ("feed", served), ("email", text), *published.items()]:
        assert folder not in body and "/home/user" not in body, what


def test_issue_12_url_base_gives_files_a_public_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    docs = write(tmp_path / "home" / "releases", **{"01 июня": KURSK_MEETING})
    code, _, err = run(capsys, "ingest", str(docs), "--db", db, "--url-base", "file:///x")
    assert code == 2 and "--url-base" in err
    assert run(capsys, "ingest", str(docs), "--db", db, "--quiet", "--url-base", "https://example.org/pr/")[0] == 0
    (e,) = events_json(capsys, db)
    assert e["url"] == "https://example.org/pr/01%20%D0%B8%D1%8E%D0%BD%D1%8F.txt"


# --------------------------------------------------------------------------- 7. exit codes a cron job can trust


def test_issue_12_remind_once_fails_when_another_scheduler_holds_the_lock(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    import datetime as dt

    from scheduler.reminders import subscriptions as rs
    from scheduler.store.reading import open_store

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys)
    other = rs.Lease(open_store(db), "elsewhere.example:4242:abc", dt.timedelta(minutes=10))
    assert other.acquire()
    code, out, err = run(capsys, "remind", "--once", "--now", "2025-12-01T09:00", "--db", db)
    assert code == 1 and not smtp.box.messages
    assert err.count("\n") == 1 and "another scheduler holds the lock" in err and "elsewhere.example:4242" in err
    assert "datetime" not in err and "('" not in err  # a sentence, not a Python tuple
    other.release()
    assert run(capsys, "remind", "--once", "--now", "2025-12-01T09:00", "--db", db)[0] == 0
    assert len(smtp.box.messages) == 1


@pytest.mark.parametrize("code_", [451, 550])
def test_issue_12_remind_once_fails_when_a_delivery_failed(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], code_: int) -> None:  # noqa: ANN001
    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys)
    smtp.box.script["a@example.org"] = [code_]
    code, out, err = run(capsys, "remind", "--once", "--now", "2025-12-01T09:00", "--db", db)
    assert code == 1 and "1 deliveries failed" in err and "presscal outbox" in err
    assert ("retry 1" if code_ == 451 else "dead 1") in out


@pytest.mark.parametrize("cmd", [
    ("upcoming",), ("events",), ("event", "show", "1"), ("publish", "--out", "OUT"), ("remind", "--once"),
    ("remind", "--dry-run"), ("subscriptions",), ("outbox",),
], ids=lambda c: "-".join(c[:2]))
def test_issue_12_read_only_commands_refuse_a_store_that_does_not_exist(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], cmd: tuple[str, ...]) -> None:
    missing = tmp_path / "typo.db"
    args = [str(tmp_path / "out") if a == "OUT" else a for a in cmd]
    code, out, err = run(capsys, *args, "--db", f"sqlite:///{missing}")
    assert code == 2 and f"no store at {missing}" in err and err.count("\n") == 1, err
    assert not missing.exists()


def test_issue_12_commands_that_write_still_create_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, cmd in (("s", ("subscribe", "a@example.org")), ("d", ("db", "upgrade"))):
        assert run(capsys, *cmd, "--db", f"sqlite:///{tmp_path / name}.db")[0] == 0
        assert (tmp_path / f"{name}.db").exists()


def test_issue_12_a_missing_base_url_is_announced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    db = f"sqlite:///{tmp_path / 'b.db'}"
    assert run(capsys, "db", "upgrade", "--db", db)[0] == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCAL_")}
    env.update(PYTHONPATH=str(ROOT), PRESSCAL_MAILDIR=str(tmp_path / "maildir"))
    cmd = [sys.executable, "-m", "scheduler", "remind", "--once", "--now", "2025-12-01T09:00", "--db", db]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "PRESSCAL_BASE_URL is not set" in r.stderr, r.stderr
    r = subprocess.run(cmd, capture_output=True, text=True, env={**env, "PRESSCAL_BASE_URL": "https://cal.example.org"},
                       timeout=120)
    assert r.returncode == 0 and "PRESSCAL_BASE_URL" not in r.stderr, r.stderr


def test_issue_12_subscribe_keeps_every_types_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    assert run(capsys, "subscribe", "a@example.org", "--types", "meeting", "--types", "visit,plan", "--db", db)[0] == 0
    code, out, _ = run(capsys, "subscriptions", "--json", "--db", db)
    assert json.loads(out)["types"] == ["meeting", "plan", "visit"]


# --------------------------------------------------------------------------- 8. a subscriber's parties


def test_issue_12_a_subscriber_chooses_parties(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from email import message_from_bytes, policy

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys, bryansk=BRYANSK_VISIT, vitebsk=VITEBSK_PLAN)
    assert run(capsys, "subscribe", "kursk@example.org", "--party", "kurskaya-oblast", "--db", db)[0] == 0
    assert run(capsys, "subscribe", "bryansk@example.org", "--party", "Брянская область", "--db", db)[0] == 0
    code, _, err = run(capsys, "subscribe", "x@example.org", "--party", "nowhere", "--db", db)
    assert code == 2 and "kurskaya" not in err and "Курская область" in err
    code, out, _ = run(capsys, "subscriptions", "--json", "--db", db)
    assert {r["email"]: r["parties"] for r in map(json.loads, out.splitlines())} == {
        "a@example.org": [], "bryansk@example.org": ["Брянская область"], "kursk@example.org": ["Курская область"]}
    for now in ("2026-01-05T09:00", "2026-04-01T09:00", "2026-04-14T09:00"):
        assert run(capsys, "remind", "--once", "--now", now, "--db", db)[0] == 0
    got: dict[str, list[str]] = {}
    for rcpt, m in smtp.box.messages:
        got.setdefault(rcpt, []).append(str(message_from_bytes(m, policy=policy.default)["Subject"]))
    assert any("Курская область на 2023–2025" in s for s in got["kursk@example.org"])
    assert any("День единения" in s for s in got["kursk@example.org"])
    assert not any("Брянской" in s for s in got["kursk@example.org"])
    (bryansk,) = got["bryansk@example.org"]  # the visit (and the talks during it), nothing of Kursk
    assert "Завтра, 15.04.2026: Визит делегации Брянской области" in bryansk and "Курск" not in bryansk
    assert len(got["a@example.org"]) > len(got["kursk@example.org"])  # no parties chosen: everyone's


# --------------------------------------------------------------------------- 8. one email per subscriber per morning


def test_issue_12_one_digest_per_subscriber_per_morning(
        tmp_path: Path, smtp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from email import message_from_bytes, policy

    from icalendar import Calendar

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    db = seeds_and(tmp_path, capsys)
    assert run(capsys, "subscribe", "b@example.org", "--types", "agreement", "--db", db)[0] == 0
    assert run(capsys, "remind", "--once", "--now", "2026-04-01T09:00", "--db", db)[0] == 0
    by = {rcpt: message_from_bytes(m, policy=policy.default) for rcpt, m in smtp.box.messages}
    assert len(smtp.box.messages) == len(by) == 2  # one message each
    a, b = by["a@example.org"], by["b@example.org"]
    assert str(a["Subject"]).startswith("3 напоминания на 01.04.2026: ")
    assert str(b["Subject"]).startswith("2 напоминания на 01.04.2026: ")
    text = a.get_body(("plain",)).get_content()
    assert [line[:3] for line in text.splitlines() if line[:2] in ("1.", "2.", "3.")] == ["1. ", "2. ", "3. "]
    assert "Стороны: Беларусь — Курская область" in text and "Источник: https://" in text
    uids = []
    for part in a.iter_attachments():
        assert part.get_content_type() == "text/calendar"
        (ev,) = Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
        uids.append(str(ev["UID"]))
    assert len(uids) == 3 and sum("-anniversary-2026@" in u for u in uids) == 2
    code, out, _ = run(capsys, "outbox", "--json", "--db", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 5 and {r["state"] for r in rows} == {"sent"}  # still one row (one key) per item
    assert len({r["message_id"] for r in rows if r["recipient"] == "a@example.org"}) == 1
    assert run(capsys, "remind", "--once", "--now", "2026-04-01T09:00", "--db", db)[0] == 0
    assert len(smtp.box.messages) == 2  # idempotent: nothing again


@pytest.mark.parametrize("text,place", [
    ("A solemn meeting dedicated to the Day of Unity of the Peoples of Belarus and Russia was held in the Mogilev "
     "regional drama theater on 2 April.", "Могилёв"),
    ("Торжественное собрание, посвящённое Дню единения народов Беларуси и России, прошло в Могилёвском областном "
     "драматическом театре 2 апреля.", "Могилёв"),
    ("Урачысты сход, прысвечаны Дню яднання народаў Беларусі і Расіі, адбыўся ў Магілёўскім абласным драматычным "
     "тэатры 2 красавіка.", "Могилёв"),
], ids=["en", "ru", "be"])
def test_a_regional_institution_is_in_the_town_it_is_named_by(text, place):
    # GUIDE §6: a venue maps to its settlement when the venue's name contains it; "the Mogilev regional theater" is
    # in Mogilev, not somewhere in the region
    from scheduler.extraction import extract_text

    found = [e.location for e in extract_text(text, published="2024-04-03").events]
    assert found and found[0] == place, found


@pytest.mark.parametrize("text,expected", [
    ("На плошчы Леніна адбыўся святочны канцэрт.", ()),
    ("На площади Ленина прошёл праздничный концерт.", ()),
    ("На галоўнай плошчы Гомеля адбыўся канцэрт.", ("Гомель",)),
    ("На главной площади Гомеля прошёл концерт.", ("Гомель",)),
    ("У скверы Мінска адбыўся мітынг.", ("Минск",)),
], ids=["be-lenin", "ru-lenin", "be-main-square", "ru-main-square", "be-square"])
def test_a_square_named_after_someone_is_no_town_in_either_spelling(text, expected):
    # GUIDE §6: the venue's town when its name holds it; «плошча Леніна» is named after a person (read in its Russian
    # spelling), «галоўная плошча Гомеля» is Gomel's
    from scheduler.extraction.places import places_in

    assert tuple(p for _, p in places_in(text)) == expected


@pytest.mark.parametrize("text", [
    "7 мая орловская делегация посетила республику Беларусь, город Могилёв.",
    "7 траўня арлоўская дэлегацыя наведала Рэспубліку Беларусь, горад Магілёў.",
    "On 7 May the Oryol delegation visited the Republic of Belarus, the city of Mogilev.",
], ids=["ru", "be", "en"])
def test_a_town_named_in_apposition_to_its_country_is_the_visits_place(text):
    # GUIDE §6: the city when the text names it, before the country holding it
    from scheduler.extraction import extract_text

    found = [e.location for e in extract_text(text, published="2022-05-10").events if e.type == "visit"]
    assert found == ["Могилёв"], found
