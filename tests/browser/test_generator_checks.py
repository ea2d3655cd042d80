"""Checks that match the labels, and sending (issues 22 and 23), in Chromium: the letter's date,
e-mail addresses, errors named by the visible label, HTML called HTML, live character counts;
the recipient in the mailto link and the .eml, the .txt with its subject, webmail links built
on the device, one primary action."""

from __future__ import annotations

import email
import email.policy
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page

from rebond import compose, locales

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
PREFIX = {"fr": "", "en": "en/"}
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}


@pytest.fixture
def generator(context, server):
    def open_page(lang: str) -> Page:
        page = context.new_page()
        page.goto(f"{server.url.rstrip('/')}/{PREFIX[lang]}outils/ecrire-mon-message/")
        page.wait_for_selector('#gen-form[data-engine="ready"]', timeout=READY)
        return page

    return open_page


def error_text(page: Page, name: str) -> str:
    error = page.locator(f"#gen-{name}-error")
    error.wait_for()
    return error.inner_text().replace("\u00a0", " ").replace("\u202f", " ")


def wait_value(page: Page, selector: str, expected: str) -> None:
    page.wait_for_function("([s, t]) => document.querySelector(s).value === t", arg=[selector, expected])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bad_dates_addresses_and_markup_are_named_by_their_label(generator, lang, axe_check) -> None:
    page = generator(lang)
    label = {name: UI[lang][f"label_{name}"].replace("\u00a0", " ").replace("\u202f", " ")
             for name in ("date", "sender_email", "recipient_email", "sender_name", "detail")}
    page.check("#gen-channel-letter")
    for typed in ("9999-99-99", "le demain" if lang == "fr" else "tomorrow"):
        page.fill("#gen-date", typed)
        page.wait_for_function("t => (document.getElementById('gen-date-error').textContent || '').length > 0 "
                               "&& document.getElementById('gen-date').value === t", arg=typed)
        assert label["date"] in error_text(page, "date")
        assert page.get_attribute("#gen-date", "aria-invalid") == "true"
        assert page.is_disabled('[data-action="print"]')  # the letter with that date cannot leave the page
    page.fill("#gen-date", "2026-03-02")
    page.locator("#gen-date-error").wait_for(state="hidden")
    # The sender's address is asked with the letter's details, the recipient's with an e-mail.
    for channel, name in (("letter", "sender_email"), ("email", "recipient_email")):
        page.check(f"#gen-channel-{channel}")
        page.fill(f"#gen-{name}", "camille@")
        assert label[name] in error_text(page, name)
        page.fill(f"#gen-{name}", "")
        page.locator(f"#gen-{name}-error").wait_for(state="hidden")
    page.fill("#gen-sender_name", "<b>Camille</b>")
    text = error_text(page, "sender_name")
    assert label["sender_name"] in text
    assert "HTML" in text
    assert "<b>" in text
    page.fill("#gen-detail", "x" * 301)
    assert label["detail"] in error_text(page, "detail")
    axe_check(page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_fields_count_their_characters_as_the_reader_types(generator, lang) -> None:
    page = generator(lang)
    for name in ("detail", "sender_address", "recipient_address"):
        if name != "detail":
            page.check("#gen-channel-letter")
        assert page.evaluate(f"document.getElementById('gen-{name}').tagName") == "TEXTAREA"
        count = page.locator(f"#gen-{name}-count")
        assert count.get_attribute("aria-live") == "polite"
        assert count.inner_text() == UI[lang]["char_count"].format(n=0, max=300)
    page.locator("#gen-detail").press_sequentially("Zoé 👩🏽")
    # Characters as the engine counts them: code points (the emoji and its skin tone are two).
    page.wait_for_function("t => document.getElementById('gen-detail-count').textContent === t",
                           arg=UI[lang]["char_count"].format(n=6, max=300))
    page.fill("#gen-detail", "é" * 305)
    page.wait_for_function("t => document.getElementById('gen-detail-count').textContent === t",
                           arg=UI[lang]["char_count_over"].format(n=305, max=300, over=5))


def test_the_recipient_subject_and_names_go_with_the_message(generator) -> None:
    page = generator("fr")
    fields = {"recipient_email": "zoe.lefevre@exemple.fr", "recipient_name": "Zoé Lefèvre",
              "sender_name": "Camille Durand", "sender_email": "camille@exemple.fr",
              "company": "Dupont & Fils", "position": "Chargée de communication et de relations presse"}
    page.check("#gen-channel-letter")  # the sender's address is asked with the letter's details
    page.fill("#gen-sender_email", fields["sender_email"])
    page.check("#gen-channel-email")  # the recipient's with an e-mail
    for name, value in fields.items():
        if name != "sender_email":
            page.fill(f"#gen-{name}", value)
    expected = compose({**fields, "kind": "thanks", "lang": "fr"})
    assert expected["ok"], expected
    wait_value(page, "#gen-body", expected["body"])
    page.wait_for_function("t => document.getElementById('gen-mailto').href.startsWith(t)",
                           arg="mailto:zoe.lefevre@exemple.fr?")
    subject, body = page.input_value("#gen-subject"), page.input_value("#gen-body")
    # Webmail links, built on the device, carry the same message and the recipient.
    webmails = (("#gen-gmail", "mail.google.com", "su"), ("#gen-outlook", "outlook.live.com", "subject"))
    for selector, host, key in webmails:
        href = page.get_attribute(selector, "href")
        query = parse_qs(urlsplit(href).query)
        assert urlsplit(href).netloc == host
        assert query["to"] == ["zoe.lefevre@exemple.fr"]
        assert query[key] == [subject]
        assert query["body"][0].replace("\r\n", "\n") == body
    # The .txt starts with its subject; the .eml is a draft addressed to the recipient.
    with page.expect_download() as info:
        page.click('[data-action="download-txt"]')
    first_line = UI["fr"]["txt_subject"].format(subject=subject)
    assert info.value.path().read_text(encoding="utf-8") == f"{first_line}\n\n{body}"
    with page.expect_download() as info:
        page.click('[data-action="download-eml"]')
    message = email.message_from_bytes(info.value.path().read_bytes(), policy=email.policy.default)
    (to,) = message["To"].addresses
    (sender,) = message["From"].addresses
    assert (to.display_name, to.addr_spec) == ("Zoé Lefèvre", "zoe.lefevre@exemple.fr")
    assert (sender.display_name, sender.addr_spec) == ("Camille Durand", "camille@exemple.fr")
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == subject
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body.rstrip("\n")
    # One primary action: copy the message.
    primary = page.locator(".rebond-gen__output .md-button--primary")
    assert primary.count() == 1
    assert primary.get_attribute("data-action") == "copy-body"
    assert primary.inner_text() == UI["fr"]["copy_body"]
