"""The generator's guided start in Chromium (issue 23, point 2): "What happened?" first, which
offers the kinds that answer it; then only the questions the message reads, grouped as the guide
groups them. What the page shows is the engine's table (rebond.uses) for every kind, channel and
message language, in both page languages; tests/unit/test_uses.py proves that table is what the
composer reads (each field in it changes the message), so every control shown changes the message."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from rebond import compose, fields, locales, uses
from support.browser import wait_settled
from support.guided import choose_kind

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
PREFIX = {"fr": "", "en": "en/"}
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}
# A phone and a 1366 x 768 desktop.
SIZES = ({"width": 390, "height": 844}, {"width": 1366, "height": 768})
# The controls that choose the message itself: always asked.
ALWAYS = {"kind", "channel"}

SHOWN = """() => {
  const visible = (node) => node.offsetParent !== null;
  return {
    fields: [...document.querySelectorAll('#gen-form [data-field]')].filter(visible).map((n) => n.dataset.field),
    kinds: [...document.querySelectorAll('#gen-form input[name=kind]')].filter(visible).map((n) => n.value),
    groups: [...document.querySelectorAll('#gen-form .rebond-gen__group[data-group]')].map((g) => [
      g.dataset.group, visible(g), [...g.querySelectorAll('[data-field]')].some(visible)]),
  };
}"""


def open_generator(page: Page, base_url: str, lang: str) -> None:
    page.goto(f"{base_url.rstrip('/')}/{PREFIX[lang]}outils/ecrire-mon-message/")
    page.wait_for_selector('#gen-form[data-engine="ready"]', state="attached", timeout=READY)


def asked(page: Page) -> set[str]:
    """The engine's fields the form shows now."""
    return {name for name in page.evaluate(SHOWN)["fields"] if name in fields.FIELDS} - ALWAYS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_what_happened_offers_its_kinds_and_the_form_asks_only_what_the_message_reads(page, base_url, lang,
                                                                                    axe_check):
    open_generator(page, base_url, lang)
    # The first question, answered by default with the most usual situation.
    assert page.locator("#gen-situation legend").inner_text() == UI[lang]["label_situation"]
    assert page.is_checked("#gen-situation-refused")
    other = "en" if lang == "fr" else "fr"
    for situation, kinds in uses.SITUATIONS.items():
        page.check(f"#gen-situation-{situation}")
        shown = page.evaluate(SHOWN)
        assert shown["kinds"] == list(kinds), situation  # no flat list of every kind
        # Its first kind is chosen (the one before answered another situation).
        assert page.is_checked(f"#gen-kind-{kinds[0]}"), situation
        # Each state of the guided start on a phone and on a desktop: the same questions, and axe
        # clean once the page has settled (the theme's "back to top" button fades in as the page
        # scrolls: its colours mid-fade are not the ones a reader reads).
        channel = page.evaluate("document.querySelector('#gen-form input[name=channel]:checked').value")
        for size in SIZES:
            page.set_viewport_size(size)
            assert page.evaluate(SHOWN)["kinds"] == list(kinds), (situation, size)
            assert asked(page) == set(uses.uses(kinds[0], channel, lang)), (situation, size)
            wait_settled(page)
            axe_check(page)
        for kind in kinds:
            choose_kind(page, kind)
            for channel in fields.COMBINATIONS[kind]:
                page.check(f"#gen-channel-{channel}")
                for message_lang in (lang, other):
                    page.check(f"#gen-lang-{message_lang}")
                    expected = set(uses.uses(kind, channel, message_lang))
                    assert asked(page) == expected, (kind, channel, message_lang)
                    # A group shows exactly while one of its fields does.
                    for group, visible, any_field in page.evaluate(SHOWN)["groups"]:
                        assert visible == any_field, (kind, channel, message_lang, group)
                page.check(f"#gen-lang-{lang}")
    # What the form shows is what the message is written from: the last kind's, in full.
    choose_kind(page, "thanks")
    page.check("#gen-channel-email")  # the channel chosen last stays where the kind allows it
    page.fill("#gen-company", "Globex")
    message = compose({"kind": "thanks", "channel": "email", "lang": lang, "company": "Globex"})
    try:
        page.wait_for_function("body => document.getElementById('gen-body').value === body", arg=message["body"])
    except PlaywrightTimeout:
        assert page.input_value("#gen-body") == message["body"], page.inner_text("#gen-status")
        raise


def test_the_situation_works_from_the_keyboard(page, base_url):
    open_generator(page, base_url, "fr")
    page.focus("#gen-situation-refused")
    page.keyboard.press("ArrowDown")  # radios: arrows change the answer, and the kinds follow
    assert page.is_checked("#gen-situation-no_answer")
    assert page.is_checked("#gen-kind-follow_up")
    assert page.evaluate(SHOWN)["kinds"] == ["follow_up"]
    page.keyboard.press("Tab")  # on to the kind chosen
    assert page.evaluate("document.activeElement.id") == "gen-kind-follow_up"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
