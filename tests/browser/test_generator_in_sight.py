"""The message always in sight (issue 23, point 3), in Chromium, in French and English: on a
phone (390x844) a bar with the message's first line, its state (said politely) and a way to the
message that works from the keyboard; on a 1366x768 desktop the copy button and the review's
warning in view with no inner scrolling; one primary action; axe finds nothing in each state."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from rebond import locales
from support.guided import choose_kind

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
PREFIX = {"fr": "", "en": "en/"}
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
# A text the review flags as an error (asking for another interview) and a warning (no thanks).
RISKY = {
    "fr": "Madame,\n\nPourriez-vous me recontacter pour un nouvel entretien ?\n\nCamille",
    "en": "Dear Ms Martin,\n\nCould you call me back for another interview?\n\nCamille",
}


@pytest.fixture
def generator(context, server):
    def open_page(lang: str, viewport: dict[str, int]) -> Page:
        page = context.new_page()
        page.set_viewport_size(viewport)
        page.goto(f"{server.url.rstrip('/')}/{PREFIX[lang]}outils/ecrire-mon-message/")
        page.wait_for_selector('#gen-form[data-engine="ready"]', timeout=READY)
        return page

    return open_page


def first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    assert box is not None, selector
    assert size is not None
    return 0 <= box["y"] <= box["y"] + box["height"] <= size["height"] and 0 <= box["x"] <= size["width"] - box["width"]


def outline(page: Page) -> str:
    return page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_a_bar_shows_the_message_its_state_and_leads_to_it(generator, axe_check, lang) -> None:
    ui = UI[lang]
    page = generator(lang, PHONE)
    bar = page.locator("#gen-bar")
    state = page.locator("#gen-bar-state")
    state.filter(has_text=ui["bar_updated"]).wait_for()
    assert bar.is_visible()
    assert page.get_attribute("#gen-bar-state", "aria-live") == "polite"
    assert page.inner_text("#gen-bar-line") == first_line(page.input_value("#gen-body"))
    # At the foot of the screen while the reader is at the top of the form.
    box = bar.bounding_box()
    assert box is not None
    assert PHONE["height"] - 2 <= box["y"] + box["height"] <= PHONE["height"] + 1
    axe_check(page)

    # A change of the form: the bar follows the new message.
    choose_kind(page, "feedback")
    page.wait_for_function("() => document.getElementById('gen-bar-line').textContent.trim() !== ''"
                           " && document.getElementById('gen-body').value.trim().split('\\n')[0].trim()"
                           " === document.getElementById('gen-bar-line').textContent")

    # The reader's own text, which the review flags: the bar says it needs fixing.
    page.fill("#gen-body", RISKY[lang])
    state.filter(has_text=ui["bar_to_fix"]).wait_for()
    assert page.inner_text("#gen-bar-line") == first_line(RISKY[lang])
    axe_check(page)

    # The keyboard reaches the bar's link (after the form's last button), with a visible focus,
    # and Enter takes the focus to the message, in view below the header.
    page.focus('#gen-form button[type="submit"]')
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "gen-bar-jump"
    assert outline(page) not in ("", "none")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'gen-output-title'")
    assert outline(page) not in ("", "none")
    header = page.locator(".md-header").bounding_box()
    title = page.locator("#gen-output-title").bounding_box()
    assert header is not None
    assert title is not None
    assert header["y"] + header["height"] <= title["y"] < PHONE["height"]
    assert "#" not in page.url  # the address stays the page's
    axe_check(page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_desktop_the_actions_and_the_review_are_in_view_without_inner_scrolling(generator, axe_check,
                                                                                    lang) -> None:
    ui = UI[lang]
    page = generator(lang, DESKTOP)
    assert not page.locator("#gen-bar").is_visible()  # the message is beside the form
    # One primary action: copying the message.
    primary = page.locator("#gen-form .md-button--primary:visible")
    assert primary.count() == 1
    assert primary.inner_text() == ui["copy_body"]

    page.fill("#gen-body", RISKY[lang])
    page.locator("#gen-findings .rebond-finding--error").first.wait_for()
    page.locator("#gen-output").scroll_into_view_if_needed()
    count = page.locator("#gen-review-count")
    count.wait_for()
    expected = f"{ui['review_count_error_one'].format(n=1)}, {ui['review_count_warning_one'].format(n=1)}"
    assert count.inner_text() == expected
    # Nothing scrolled inside the message's panel, and yet the actions and the review's count are in view.
    assert page.evaluate("() => document.getElementById('gen-output').scrollTop") == 0
    for selector in ('[data-action="copy-body"]', '[data-action="download-txt"]', '[data-action="download-eml"]',
                     "#gen-mailto", "#gen-review-title", "#gen-review-count"):
        assert in_viewport(page, selector), selector
    axe_check(page)

    # The copy button from the keyboard, with a visible focus.
    page.focus("#gen-body")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.dataset.action") == "copy-body"
    assert outline(page) not in ("", "none")
