"""The web page in Debian's Chromium (Playwright), against uvicorn on loopback and a store of the seeds."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import need
from .web_helpers import running_app, seeded_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = seeded_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'seeds.db'}")
    with running_app(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    need(Path(CHROMIUM).exists() or bool(shutil.which("chromium")), "Debian chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        need(False, "playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base: str) -> Iterator[object]:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    pg = context.new_page()
    pg.goto(base + "/")
    yield pg
    context.close()


def test_page_lists_the_seed_events(page) -> None:  # noqa: ANN001
    history = page.locator("#history article.event")
    assert history.count() >= 10
    titles = " ".join(history.locator("h3").all_inner_texts())
    assert "Договора о Союзе России и Беларуси" in titles
    assert "День единения народов Беларуси и России" in titles
    assert page.locator("#upcoming article.event").count() >= 1  # Unity Day, every 2 April


def test_type_filter_shows_only_that_type(page) -> None:  # noqa: ANN001
    total = page.locator("#history article.event").count()
    page.locator('nav.filters a.chip[data-type="agreement"]').click()
    page.wait_for_url("**type=agreement**")
    cards = page.locator("#history article.event")
    kinds = {cards.nth(i).get_attribute("data-type") for i in range(cards.count())}
    assert kinds == {"agreement"} and cards.count() < total
    assert page.locator('nav.filters a.chip.active[data-type="agreement"]').count() == 1
    page.locator('nav.filters a.chip:has-text("Все")').click()
    page.wait_for_load_state()
    assert page.locator("#history article.event").count() == total


def test_subscribe_links_carry_the_feed_address(page, base: str) -> None:  # noqa: ANN001
    host = base.removeprefix("http://")
    main = page.locator('.hero[data-feed="all"]')
    assert main.locator("a.webcal").get_attribute("href") == f"webcal://{host}/calendars/all.ics"
    assert main.locator("a.google").get_attribute("href") == (
        "https://calendar.google.com/calendar/r?cid=" + quote(f"webcal://{host}/calendars/all.ics", safe=""))
    page.locator("details.more-feeds summary").click()
    meeting = page.locator('.feeds li[data-feed="meeting"]')
    assert meeting.locator("a.webcal").get_attribute("href") == f"webcal://{host}/calendars/meeting.ics"
    assert meeting.locator("button.copy").get_attribute("data-url") == f"{base}/calendars/meeting.ics"


def test_copy_button_puts_the_address_on_the_clipboard(browser, base: str) -> None:  # noqa: ANN001
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base + "/")
    page.locator('.hero button.copy').click()
    page.wait_for_function("document.querySelector('.hero button.copy').textContent === 'Скопировано'")
    assert page.evaluate("navigator.clipboard.readText()") == f"{base}/calendars/all.ics"
    context.close()


def test_event_page_scrolls_to_the_highlighted_evidence(page) -> None:  # noqa: ANN001
    page.locator("#history article.event h3 a").first.click()
    page.wait_for_selector("mark#evidence")
    assert page.locator("mark#evidence").inner_text().strip()


def test_phone_width_has_no_horizontal_scroll(browser, base: str) -> None:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base + "/?month=2016-04")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("table.month").is_visible()
    context.close()
