"""The generator never loses a word the reader wrote (issue 23), in Chromium, in both page
languages: once the reader edits the subject or the text, a field change or another wording
offers the engine's new version beside theirs, and their text stays until they choose (keep
mine, take the new one, merge); every replacement can be undone. While the form has an error,
the message is out of date and cannot leave the page.

Expected texts come from the engine under CPython (compose, rebond.edits.merge)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Dialog, Page

from rebond import compose, fields, locales, uses
from rebond.edits import merge
from support.guided import choose_kind

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
PREFIX = {"fr": "", "en": "en/"}
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}
TAIL = {"fr": "\n\nP.-S. : mon portfolio est en ligne, Zyxwv.", "en": "\n\nP.S. My portfolio is online, Zyxwv."}


@pytest.fixture
def generator(context, server):
    """A ready generator page in a page language, in this test's own context; a dialog fails the test."""
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def open_page(lang: str) -> Page:
        page = context.new_page()
        page.on("dialog", dismiss)
        page.goto(f"{server.url.rstrip('/')}/{PREFIX[lang]}outils/ecrire-mon-message/")
        page.wait_for_selector('#gen-form[data-engine="ready"]', timeout=READY)
        return page

    yield open_page
    assert not dialogs, dialogs


def wait_value(page: Page, selector: str, expected: str) -> None:
    try:
        page.wait_for_function("([s, t]) => document.querySelector(s).value === t", arg=[selector, expected],
                               timeout=10_000)
    except Exception:
        assert page.input_value(selector) == expected, page.inner_text("#gen-error-summary")
        raise


def wait_offer(page: Page, expected: dict[str, Any]) -> None:
    """Until the offered version is the engine's message for these fields."""
    assert expected["ok"], expected
    try:
        page.wait_for_function(
            """([subject, body]) => !document.getElementById('gen-offer').hidden
                 && document.getElementById('gen-offer-subject').textContent === subject
                 && [...document.querySelectorAll('#gen-offer-body p')]
                      .map((p) => p.textContent).join('\\n\\n') === body""",
            arg=[expected["subject"], expected["body"]], timeout=10_000)
    except Exception:  # show what the page offers instead
        shown = page.eval_on_selector_all("#gen-offer-body p", "ps => ps.map((p) => p.textContent)")
        assert "\n\n".join(shown) == expected["body"], page.inner_text("#gen-error-summary")
        raise


def edit_body(page: Page, lang: str) -> str:
    """The reader adds a paragraph of their own to the engine's message: their text."""
    page.evaluate("() => { const b = document.getElementById('gen-body'); b.focus(); "
                  "b.selectionStart = b.value.length; }")
    page.keyboard.insert_text(TAIL[lang])
    return page.input_value("#gen-body")


# One change per field (a value other than the default), tried for every kind where the form shows it.
CHANGES: list[tuple[str, str, Any]] = [
    ("sender_name", "text", "Camille Durand"), ("sender_gender", "radio", "f"),
    ("recipient_name", "text", "Martin"), ("recipient_gender", "radio", "f"),
    ("company", "text", "Globex"), ("position", "text", "Cheffe de projet"),
    ("alt_position", "text", "Assistante de direction"), ("detail", "text", "l’atelier avec l’équipe"),
    ("feedback_topics", "checkbox", "cv"), ("skill", "text", "la gestion de budget"),
    ("new_skill", "text", "une certification Prince2"), ("takeaway", "text", "votre remarque sur mes projets"),
    ("comeback_answer", "radio", "not_interested"), ("reason", "text", "J’ai rejoint une autre entreprise."),
    ("tone", "radio", "warm"), ("keep_cv", "box", False), ("disappointment", "box", True),
    ("good_luck", "box", False), ("lang", "radio", None), ("variant", "button", 1),
]


def change(page: Page, name: str, how: str, value: Any, lang: str) -> Any:
    """Change one field as a person would; returns its new value for the engine."""
    if how == "text":
        page.fill(f"#gen-{name}", value)
    elif how == "radio":
        value = value or ("en" if lang == "fr" else "fr")
        page.check(f"#gen-{name}-{value}")
    elif how == "checkbox":
        page.check(f"#gen-{name}-{value}")
        value = [value]
    elif how == "box":
        page.set_checked(f"#gen-{name}", value)
    else:
        page.click('[data-action="variant"]')
    return value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_typed_text_stays_through_every_field_change_of_every_kind(generator, lang) -> None:
    page = generator(lang)
    wait_value(page, "#gen-body", compose({"kind": "thanks", "lang": lang})["body"])
    for kind, channels in fields.COMBINATIONS.items():
        if kind != "thanks":
            choose_kind(page, kind)
        values: dict[str, Any] = {"kind": kind, "channel": channels[0], "lang": lang}
        if kind == "recontact_skill":  # its one required field, before the first message
            page.fill("#gen-new_skill", "Python")
        if "new_skill" in uses.uses(kind, channels[0], lang) and page.input_value("#gen-new_skill"):
            values["new_skill"] = page.input_value("#gen-new_skill")  # kept from the kind before
        # The kind's own message (nothing of the reader's in the text yet); then the reader's
        # edit, kept through every change.
        wait_value(page, "#gen-body", compose(values)["body"])
        subject = page.input_value("#gen-subject")
        mine = edit_body(page, lang)
        asked = uses.uses(kind, channels[0], lang)  # what the form shows for this message
        for name, how, value in CHANGES:
            if how != "button" and name not in asked:
                assert page.is_hidden(f'[data-field="{name}"]'), (kind, name)
                continue
            values[name] = change(page, name, how, value, lang)
            wait_offer(page, compose(values))
            assert page.input_value("#gen-body") == mine, (kind, name)
            assert page.input_value("#gen-subject") == subject, (kind, name)
        # Keep mine: the offer goes, the text is still the reader's; the next kind starts afresh.
        page.click('[data-action="keep-mine"]')
        page.locator("#gen-offer").wait_for(state="hidden")
        assert page.input_value("#gen-body") == mine
        # Back to the defaults for the next kind: the message's language first (it decides
        # whether the writer's agreement is asked), then what the form shows.
        for name, how, value in sorted(CHANGES, key=lambda change: change[0] != "lang"):
            default = fields.DEFAULTS[name]
            if how == "button" or not page.is_visible(f'[data-field="{name}"]'):
                continue
            if how == "text":  # the kind's required field keeps a value
                page.fill(f"#gen-{name}", "Python" if kind in fields.FIELDS[name].get("required_for", ()) else "")
            elif how == "radio":
                page.check(f"#gen-{name}-{lang if name == 'lang' else default}")
            elif how == "checkbox":
                page.uncheck(f"#gen-{name}-{value}")
            else:
                page.set_checked(f"#gen-{name}", default)
        page.click('[data-action="variant"]')
        page.click('[data-action="variant"]')  # three wordings: back to the first
        page.locator("#gen-offer").wait_for()
        page.click('[data-action="take-new"]')
        expected = compose({"kind": kind, "channel": channels[0], "lang": lang,
                            **({"new_skill": "Python"} if kind == "recontact_skill" else {})})
        wait_value(page, "#gen-body", expected["body"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_choice_and_its_undo(generator, lang, axe_check) -> None:
    page = generator(lang)
    base = compose({"kind": "thanks", "lang": lang})
    wait_value(page, "#gen-body", base["body"])
    mine = edit_body(page, lang)
    # A change: offered beside the reader's text, announced, never written over it.
    page.fill("#gen-company", "Globex")
    first = compose({"kind": "thanks", "lang": lang, "company": "Globex"})
    wait_offer(page, first)
    assert page.input_value("#gen-body") == mine
    assert page.inner_text("#gen-undo-status") == UI[lang]["offer_shown"]
    axe_check(page)
    # Keep mine.
    page.click('[data-action="keep-mine"]')
    page.locator("#gen-offer").wait_for(state="hidden")
    assert page.input_value("#gen-body") == mine
    assert page.inner_text("#gen-undo-status") == UI[lang]["offer_kept"]
    # Take the new one, then undo: the reader's text is back, and so is the offer.
    page.fill("#gen-company", "Initech")
    second = compose({"kind": "thanks", "lang": lang, "company": "Initech"})
    wait_offer(page, second)
    page.click('[data-action="take-new"]')
    wait_value(page, "#gen-body", second["body"])
    assert page.input_value("#gen-subject") == second["subject"]
    assert page.inner_text("#gen-undo-status") == UI[lang]["offer_taken"]
    page.click('[data-action="undo"]')
    wait_value(page, "#gen-body", mine)
    assert page.input_value("#gen-subject") == base["subject"]
    assert page.inner_text("#gen-undo-status") == UI[lang]["undone"]
    assert page.is_hidden('[data-action="undo"]')
    wait_offer(page, second)
    # Merge: the untouched paragraphs take the new wording, the reader's paragraph stays; undo.
    page.click('[data-action="merge"]')
    merged = merge(base["body"], mine, second["body"])["text"]
    wait_value(page, "#gen-body", merged)
    assert merged.endswith(TAIL[lang])
    assert "Initech" in merged
    assert page.input_value("#gen-subject") == merge(base["subject"], base["subject"], second["subject"])["text"]
    page.locator("#gen-offer").wait_for(state="hidden")
    assert page.inner_text("#gen-undo-status") == UI[lang]["offer_merged"]
    page.click('[data-action="undo"]')
    wait_value(page, "#gen-body", mine)
    # Another wording follows the same rule, and merges against the version the reader edited.
    page.click('[data-action="variant"]')
    third = compose({"kind": "thanks", "lang": lang, "company": "Initech", "variant": 1})
    wait_offer(page, third)
    assert page.input_value("#gen-body") == mine
    page.click('[data-action="merge"]')
    wait_value(page, "#gen-body", merge(base["body"], mine, third["body"])["text"])
    page.click('[data-action="undo"]')
    wait_value(page, "#gen-body", mine)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_error_makes_the_message_out_of_date_and_unusable(generator, lang) -> None:
    page = generator(lang)
    wait_value(page, "#gen-body", compose({"kind": "thanks", "lang": lang})["body"])
    choose_kind(page, "recontact_skill")  # its new skill is required
    page.locator("#gen-new_skill-error").wait_for()
    page.wait_for_function("t => document.getElementById('gen-stale').textContent === t", arg=UI[lang]["output_stale"])
    for action in ("copy-subject", "copy-body", "download-txt", "download-eml"):
        assert page.is_disabled(f'button[data-action="{action}"]'), action
    mailto = page.locator("#gen-mailto")
    assert mailto.get_attribute("href") is None
    assert mailto.get_attribute("aria-disabled") == "true"
    # Truly unusable: a click copies nothing (and says nothing).
    page.click('button[data-action="copy-body"]', force=True)
    assert page.inner_text("#gen-action-status") == ""
    # The error corrected: the new message, current again, can leave the page.
    page.fill("#gen-new_skill", "Python")
    expected = compose({"kind": "recontact_skill", "lang": lang, "new_skill": "Python"})
    wait_value(page, "#gen-body", expected["body"])
    page.wait_for_function("() => document.getElementById('gen-stale').textContent === ''")
    for action in ("copy-subject", "copy-body", "download-txt", "download-eml"):
        assert page.is_enabled(f'button[data-action="{action}"]'), action
    page.wait_for_function(
        "() => (document.getElementById('gen-mailto').getAttribute('href') || '').startsWith('mailto:')")
    assert mailto.get_attribute("aria-disabled") is None
