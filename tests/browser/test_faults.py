"""Faults, in Chromium, on the message generator: the runtime's download cut, the engine's wheel
altered, the worker killed, WebAssembly blocked, storage full or forbidden when keeping a draft.
Each gives a clear message in the page's language (from the interface catalog), the form says
`data-engine="failed"` where the engine is concerned, and nothing the reader typed is lost."""

from __future__ import annotations

import pytest

from rebond import locales
from support.browser import guard_context

pytestmark = pytest.mark.browser

UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}
PREFIX = {"fr": "", "en": "en/"}
PAGE = "outils/ecrire-mon-message/"
ENGINE_TIMEOUT = 90_000  # Pyodide's first start on a busy machine (not a timing assertion)
TYPED = {"fr": "Société Témoin & Fils", "en": "Witness & Sons Ltd"}


@pytest.fixture
def faulty(browser, server):
    """A guarded context without service worker: routes must see every request."""
    context = browser.new_context(locale="fr-FR", service_workers="block")
    context.set_default_timeout(20_000)
    guard = guard_context(context, server.origin)
    yield context, guard
    context.close()
    problems = guard.unexpected()
    assert not problems, "the page did what it must not:\n" + "\n".join(problems)


def _open_and_type(page, url: str, lang: str) -> str:
    """Open the generator, type into a field at once; return the default message shown."""
    page.goto(url)
    page.fill('#gen-form [name="company"]', TYPED[lang])
    return page.input_value("#gen-body")


def _assert_failed_clearly(page, lang: str, codes: tuple[str, ...], default_body: str) -> None:
    page.locator('#gen-form[data-engine="failed"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    failure = page.locator("#gen-failure")
    assert failure.is_visible()
    assert failure.get_attribute("role") == "alert"
    assert failure.inner_text().strip() in {UI[lang][f"failed_{code}"] for code in codes}
    # Nothing typed is lost, and the message is still there to copy.
    assert page.input_value('#gen-form [name="company"]') == TYPED[lang]
    assert page.input_value("#gen-body") == default_body
    assert default_body.strip()


def test_runtime_download_cut_midway(faulty, base_url):
    context, _ = faulty
    lang = "en"
    # The connection drops during the largest file of the runtime.
    context.route("**/pyodide.asm.wasm", lambda route: route.abort("connectionreset"))
    page = context.new_page()
    body = _open_and_type(page, base_url + PREFIX[lang] + PAGE, lang)
    # The worker reads the WebAssembly whole before Pyodide sees it: the cut is a failure at once,
    # with a retry offered (no time limit decides it).
    _assert_failed_clearly(page, lang, ("load",), body)
    assert page.get_by_role("button", name=UI[lang]["retry"]).is_visible()


def test_altered_wheel_fails_its_integrity_check(faulty, base_url):
    context, _ = faulty

    def corrupt(route):
        response = route.fetch()
        data = bytearray(response.body())
        data[len(data) // 2] ^= 0xFF  # one byte changed: same size, other sha256
        route.fulfill(response=response, body=bytes(data))

    context.route("**/rebond-*-py3-none-any.whl", corrupt)
    page = context.new_page()
    body = _open_and_type(page, base_url + PAGE, "fr")
    _assert_failed_clearly(page, "fr", ("integrity",), body)


def test_worker_killed_after_start(faulty, base_url):
    context, guard = faulty
    guard.expect("rebond-test-kill")
    page = context.new_page()
    page.goto(base_url + "en/" + PAGE)
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    page.fill('#gen-form [name="company"]', TYPED["en"])
    page.wait_for_function("t => document.querySelector('#gen-body').value.includes(t)", arg=TYPED["en"])
    body = page.input_value("#gen-body")
    worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
    # An uncaught error ends the worker's script, as a crash would.
    worker.evaluate("setTimeout(() => { throw new Error('rebond-test-kill'); })")
    _assert_failed_clearly(page, "en", ("crash",), body)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_webassembly_blocked(faulty, server, lang):
    context, guard = faulty
    guard.expect("wasm-eval")  # the violation the page provokes to find out
    page = context.new_page()
    body = _open_and_type(page, server.variant("nowasm") + PREFIX[lang] + PAGE, lang)
    _assert_failed_clearly(page, lang, ("no-wasm",), body)


STORAGE_FAULTS = {
    # A full quota: writes throw.
    "full": "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    # Storage forbidden by the browser's settings: even reading `localStorage` throws.
    "forbidden": """Object.defineProperty(window, "localStorage", { configurable: true,
        get() { throw new DOMException("denied", "SecurityError"); } });""",
}


@pytest.mark.parametrize("fault", sorted(STORAGE_FAULTS))
def test_keeping_a_draft_when_storage_is_full_or_forbidden(faulty, base_url, fault):
    context, guard = faulty
    # The theme's own scripts read localStorage without a guard: their errors are not ours.
    guard.expect("SecurityError: denied")
    context.add_init_script(STORAGE_FAULTS[fault])
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    page.fill('#gen-form [name="company"]', TYPED["fr"])
    page.check("#gen-keep-draft")
    page.fill('#gen-form [name="position"]', "Cheffe de projet")
    page.wait_for_function("() => document.querySelector('#gen-keep-status').textContent.trim() !== ''")
    said = page.locator("#gen-keep-status").inner_text().strip()
    # A message of the French interface (not an English one, not a raw error).
    assert said in set(UI["fr"].values()), said
    assert said not in set(UI["en"].values()), said
    assert page.input_value('#gen-form [name="company"]') == TYPED["fr"]
    assert page.input_value('#gen-form [name="position"]') == "Cheffe de projet"
    page.wait_for_function("t => document.querySelector('#gen-body').value.includes(t)", arg=TYPED["fr"])
    assert page.locator('#gen-form[data-engine="ready"]').count() == 1
