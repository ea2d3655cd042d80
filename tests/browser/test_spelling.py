"""The spelling check in Chromium (issue 15): its wheel (pyspellchecker and its word lists) is
downloaded only when the reader asks, runs under the site's strict CSP (every browser test's
guard fails on a violation), offers fixes that apply, works offline after a first use, and
fails cleanly (a message, the text untouched) when its download is cut."""

from __future__ import annotations

import pytest

from rebond import compose, locales
from support.browser import guard_context

pytestmark = pytest.mark.browser

READY = 90_000  # Pyodide's first start on a busy machine (a bound, not a timing assertion)
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}
PATHS = {"fr": "outils/ecrire-mon-message/", "en": "en/outils/ecrire-mon-message/"}
WHEEL = "pyspellchecker-"


def _open(context, base_url, lang):
    page = context.new_page()
    page.goto(base_url + PATHS[lang])
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=READY)
    return page


def _type_mistakes(page, lang, tail):
    body = compose({"kind": "thanks", "lang": lang})["body"]
    page.wait_for_function("t => document.getElementById('gen-body').value === t", arg=body)
    page.fill("#gen-body", body + tail)


def _reviewed(page):
    """Wait until the review of the text as it stands is shown (the list is busy until then)."""
    page.locator("#gen-findings:not([aria-busy])").wait_for(state="attached")


def _spelling_findings(page):
    page.locator('#gen-findings li[data-code="spelling"]').first.wait_for(timeout=60_000)
    return page.locator('#gen-findings li[data-code="spelling"]')


@pytest.mark.parametrize(("lang", "tail", "word", "fixed"), [
    ("en", "\nI was dissapointed, but I learnt a lot at Zylofonix with the CV.", "dissapointed", "disappointed"),
    ("fr", "\nJ’ai beaucoup apprécié lentretien chez Zylofonix, malgré la déception.", "lentretien", "entretien"),
])
def test_loaded_only_on_request_and_its_fixes_apply(browser, server, base_url, lang, tail, word, fixed):
    context = browser.new_context(locale="fr-FR")
    guard = guard_context(context, server.origin)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))  # the page's, its worker's and the service worker's
    try:
        page = _open(context, base_url, lang)
        _type_mistakes(page, lang, tail)
        _reviewed(page)
        page.wait_for_timeout(2_000)  # the reader pauses: the offline copy of the runtime is made now
        assert not [u for u in requests if WHEEL in u], "the spelling check's files were fetched before the click"
        assert page.locator('#gen-findings li[data-code="spelling"]').count() == 0
        page.click('[data-action="spell"]')
        findings = _spelling_findings(page)
        assert [u for u in requests if WHEEL in u]
        texts = [findings.nth(i).inner_text() for i in range(findings.count())]
        # The misspelt word is flagged; names, acronyms and the form's words are not.
        assert any(word in text for text in texts), texts
        assert not any("Zylofonix" in text or "CV" in text.split() for text in texts), texts
        assert page.inner_text("#gen-spell-status") == UI[lang]["spell_on"]
        item = page.locator(f'#gen-findings li[data-code="spelling"][data-key="spelling|{word}|0"]')
        item.locator("button").first.click()
        page.wait_for_function("w => !document.getElementById('gen-body').value.includes(w)", arg=word)
        assert fixed in page.input_value("#gen-body")
        # Checked again at every change, now that the dictionary is there.
        page.type("#gen-body", " Qwertzuiopp.")
        page.locator('#gen-findings li[data-key="spelling|Qwertzuiopp|0"]').wait_for()
    finally:
        context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())


def test_a_cut_download_fails_cleanly(browser, server, base_url):
    context = browser.new_context(locale="fr-FR")
    guard = guard_context(context, server.origin)
    try:
        page = _open(context, base_url, "fr")
        _type_mistakes(page, "fr", "\nUn mot mal écrit : lentretien.")
        before = page.input_value("#gen-body")
        # The connection drops when the dictionary is asked for (the worker's request included).
        context.route(f"**/{WHEEL}*", lambda route: route.abort("connectionreset"))
        guard.expect(WHEEL)
        page.click('[data-action="spell"]')
        page.wait_for_function("t => document.getElementById('gen-spell-status').textContent === t",
                               arg=UI["fr"]["spell_failed"], timeout=60_000)
        assert page.input_value("#gen-body") == before
        assert page.locator('#gen-findings li[data-code="spelling"]').count() == 0
        assert page.is_enabled('[data-action="spell"]')
        assert page.is_visible('[data-action="spell"]')
        # The review goes on without it, and the check can be tried again once the network is back.
        context.unroute(f"**/{WHEEL}*")
        page.click('[data-action="spell"]')
        _spelling_findings(page)
    finally:
        context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())


_KEPT = """async () => {
  for (const name of await caches.keys()) {
    if (!name.startsWith("rebond-runtime-")) continue;
    const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
    if (urls.some((u) => u.includes("pyspellchecker-"))) return true;
  }
  return false;
}"""


def test_works_offline_after_a_first_use(browser, server, base_url):
    context = browser.new_context(locale="fr-FR")
    guard = guard_context(context, server.origin)
    try:
        page = _open(context, base_url, "en")
        _type_mistakes(page, "en", "\nI was dissapointed.")
        page.click('[data-action="spell"]')
        _spelling_findings(page)
        for _ in range(READY // 250):  # the service worker keeps its copy (polled: an async check)
            if page.evaluate(_KEPT):
                break
            page.wait_for_timeout(250)
        else:
            raise AssertionError("the service worker did not keep the spelling check's wheel")
        context.set_offline(True)
        page.reload()
        page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=READY)
        _type_mistakes(page, "en", "\nI was dissapointed.")
        page.click('[data-action="spell"]')
        assert "dissapointed" in _spelling_findings(page).first.inner_text()
    finally:
        context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())
