"""The form is never lost by moving (issues 22 and 23), in Chromium: a switch of the site's
language carries the form and the reader's text to the other language's generator page (through
this tab's session storage, for that navigation only); a prefill link opened over a kept draft
asks before replacing it, and either answer loses nothing."""

from __future__ import annotations

import pytest

from rebond import compose, locales
from support.guided import choose_kind

pytestmark = pytest.mark.browser

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
PATH = "outils/ecrire-mon-message/"
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}


def ready(page) -> None:
    page.wait_for_selector('#gen-form[data-engine="ready"]', timeout=READY)


def wait_value(page, selector: str, expected: str) -> None:
    page.wait_for_function("([s, t]) => document.querySelector(s).value === t", arg=[selector, expected])


@pytest.mark.parametrize(("start", "other"), [("fr", "en"), ("en", "fr")])
def test_switching_the_sites_language_keeps_the_form_and_the_text(page, base_url, guard, start, other) -> None:
    prefix = {"fr": "", "en": "en/"}
    page.goto(base_url + prefix[start] + PATH)
    ready(page)
    choose_kind(page, "thanks_feedback")
    page.fill("#gen-company", "Globex")
    page.fill("#gen-detail", "l’atelier du mardi")
    gender = "f" if start == "fr" else "n"  # asked for French messages only
    if start == "fr":
        page.check("#gen-sender_gender-f")
    wait_value(page, "#gen-body", compose({"kind": "thanks_feedback", "lang": start, "company": "Globex",
                                           "detail": "l’atelier du mardi", "sender_gender": gender})["body"])
    typed = page.input_value("#gen-body") + "\n\nP.-S. : Zyxwv."
    page.fill("#gen-body", typed)
    # The header's language switch, as a person uses it.
    page.click(".md-header .md-select button")
    with page.expect_navigation():
        page.click(f'.md-select__link[hreflang="{other}"]')
    assert page.url.endswith(prefix[other] + PATH)  # nothing in the address: no fragment, no query
    assert page.input_value("#gen-company") == "Globex"
    assert page.input_value("#gen-detail") == "l’atelier du mardi"
    assert page.is_checked("#gen-kind-thanks_feedback")
    assert page.is_checked(f"#gen-sender_gender-{gender}")
    assert page.is_checked(f"#gen-lang-{start}")  # the message keeps its language
    assert page.input_value("#gen-body") == typed
    assert page.inner_text("#gen-notice") == UI[other]["form_carried"]
    # Taken once: nothing left in the tab's storage, and a reload starts afresh.
    assert page.evaluate("() => sessionStorage.getItem('rebond:generator:carry')") is None
    ready(page)
    page.reload()
    assert page.input_value("#gen-company") == ""


def _draft(page, base_url) -> str:
    """A kept draft with the reader's own text; returns that text."""
    page.goto(base_url + PATH)
    ready(page)
    page.check("#gen-keep-draft")
    page.fill("#gen-company", "Brouillon SARL")
    wait_value(page, "#gen-body", compose({"kind": "thanks", "lang": "fr", "company": "Brouillon SARL"})["body"])
    typed = page.input_value("#gen-body") + "\n\nP.-S. : mon texte à moi."
    page.fill("#gen-body", typed)
    page.wait_for_function("() => (localStorage.getItem('rebond:generator:draft') || '').includes('mon texte à moi')")
    return typed


def test_a_link_over_a_kept_draft_asks_and_keeping_the_draft_changes_nothing(page, base_url) -> None:
    typed = _draft(page, base_url)
    page = page.context.new_page()  # the link opened anew (the planner's open the generator's page)
    page.goto(base_url + PATH + "#kind=feedback&company=Lien%20SA")
    ready(page)
    choice = page.locator("#gen-link-choice")
    choice.wait_for()
    assert page.inner_text("#gen-link-choice-text") == UI["fr"]["link_or_draft"]
    assert page.input_value("#gen-company") == "Brouillon SARL"
    assert page.input_value("#gen-body") == typed
    page.click('[data-action="link-keep-draft"]')
    choice.wait_for(state="hidden")
    assert page.inner_text("#gen-notice") == UI["fr"]["link_ignored"]
    assert page.input_value("#gen-company") == "Brouillon SARL"
    assert page.is_checked("#gen-kind-thanks")
    assert page.input_value("#gen-body") == typed


def test_a_link_over_a_kept_draft_used_offers_its_message_and_the_draft_comes_back(page, base_url) -> None:
    typed = _draft(page, base_url)
    page = page.context.new_page()  # the link opened anew (the planner's open the generator's page)
    page.goto(base_url + PATH + "#kind=feedback&company=Lien%20SA")
    ready(page)
    page.locator("#gen-link-choice").wait_for()
    page.click('[data-action="link-use"]')
    page.wait_for_function("() => document.getElementById('gen-company').value === 'Lien SA'")
    assert page.is_checked("#gen-kind-feedback")
    # The reader's text stays; the link's message is offered beside it.
    page.locator("#gen-offer").wait_for()
    assert page.input_value("#gen-body") == typed
    assert page.inner_text("#gen-link-choice-text") == UI["fr"]["link_used"]
    page.click('[data-action="back-to-draft"]')
    page.wait_for_function("() => document.getElementById('gen-company').value === 'Brouillon SARL'")
    assert page.is_checked("#gen-kind-thanks")
    assert page.input_value("#gen-body") == typed
    assert page.inner_text("#gen-notice") == UI["fr"]["link_undone"]


def test_a_link_without_a_kept_draft_fills_the_form_at_once(page, base_url) -> None:
    page.goto(base_url + PATH + "#kind=feedback&company=Lien%20SA")
    ready(page)
    wait_value(page, "#gen-body", compose({"kind": "feedback", "lang": "fr", "company": "Lien SA"})["body"])
    assert page.is_hidden("#gen-link-choice")
