"""Offline use, in Chromium: after a first visit, with the network cut, the site still reads in
both languages, the generator personalises, a checklist prints and the planner exports its .ics;
and a new deployment replaces the cached version cleanly, telling the reader."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import icalendar
import pytest

from support.browser import guard_context
from support.server import SiteServer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TIMEOUT = 90_000  # Pyodide's first start on a busy machine (not a timing assertion)

# True once the service worker controls the page and (if asked) holds the Python runtime.
_OFFLINE_READY = """async (runtime) => {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg || !reg.active || !navigator.serviceWorker.controller) return false;
  if (!runtime) return true;
  for (const name of await caches.keys()) {
    if (!name.startsWith("rebond-runtime-")) continue;
    const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
    return urls.some((u) => u.endsWith(".wasm")) && urls.some((u) => u.endsWith(".whl"));
  }
  return false;
}"""


def _wait_offline_ready(page, runtime: bool) -> None:
    # Polled from here: wait_for_function would take the async check's Promise for a truthy value.
    for _ in range(ENGINE_TIMEOUT // 250):
        if page.evaluate(_OFFLINE_READY, runtime):
            return
        page.wait_for_timeout(250)
    raise AssertionError("the service worker did not take over (or did not keep the runtime)")


def test_after_a_first_visit_the_whole_site_works_offline(browser, server, base_url, tmp_path):
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    context.set_default_timeout(20_000)
    guard = guard_context(context, server.origin)
    try:
        page = context.new_page()
        # First visit: the generator, whose engine asks the worker to keep the runtime.
        page.goto(base_url + "outils/ecrire-mon-message/")
        page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
        _wait_offline_ready(page, runtime=True)

        context.set_offline(True)
        # Reading, both languages, including pages never opened online.
        for url, lang, h1 in [("guide/remercier/", "fr", "Remercier"), ("en/faq/", "en", None),
                              ("en/", "en", None), ("confidentialite/", "fr", None)]:
            page.goto(base_url + url)
            assert page.locator("html").get_attribute("lang") == lang, url
            heading = page.locator("h1").first.inner_text()
            assert heading.strip(), url
            if h1:
                assert h1 in heading
        # A query string (the planner's links into the generator) still finds the cached page.
        page.goto(base_url + "outils/ecrire-mon-message/?kind=feedback")
        assert page.locator("#gen-form").count() == 1

        # Generating, offline, in English: the runtime comes from the worker's cache.
        page.goto(base_url + "en/outils/ecrire-mon-message/")
        page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
        page.fill('#gen-form [name="company"]', "Offline Widgets Ltd")
        page.wait_for_function("() => document.querySelector('#gen-body').value.includes('Offline Widgets Ltd')")

        # Printing a checklist.
        page.goto(base_url + "outils/listes/avant-d-envoyer/")
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf

        # The planner's .ics export (its engine from the cache, too).
        page.goto(base_url + "outils/planificateur/")
        page.fill("#plan-refusal_date", "2026-01-12")
        page.locator('#rebond-planner button[type="submit"]').click()
        page.locator("#rebond-plan-result").wait_for(state="visible", timeout=ENGINE_TIMEOUT)
        with page.expect_download() as info:
            page.locator('[data-action="download"]').click()
        calendar = icalendar.Calendar.from_ical(info.value.path().read_bytes())
        assert [c for c in calendar.walk() if c.name == "VEVENT"]
    finally:
        context.close()
    problems = guard.unexpected()
    assert not problems, "\n".join(problems)


def _load_offline_hook():
    spec = importlib.util.spec_from_file_location("hook_offline", ROOT / "hooks" / "offline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang,text,button", [
    ("fr", "Une nouvelle version du site est prête.", "Recharger la page"),
    ("en", "A new version of the site is ready.", "Reload the page"),
])
def test_a_new_version_is_offered_then_replaces_the_old_one(browser, site_dir, tmp_path, lang, text, button):
    # A copy of the site that this test "deploys" again with a changed page.
    site = tmp_path / "site"
    shutil.copytree(site_dir, site, ignore=shutil.ignore_patterns("pyodide"))
    offline = _load_offline_hook()
    with SiteServer(site) as server:
        context = browser.new_context(locale="fr-FR")
        guard = guard_context(context, server.origin)
        try:
            page = context.new_page()
            prefix = "" if lang == "fr" else f"{lang}/"
            page.goto(server.url + prefix + "faq/")
            _wait_offline_ready(page, runtime=False)
            old = page.evaluate("async () => (await caches.keys()).filter((n) => n.startsWith('rebond-core-'))")
            assert len(old) == 1

            faq = site / prefix / "faq" / "index.html"
            faq.write_text(faq.read_text(encoding="utf-8").replace("</h1>", " (v2)</h1>", 1), encoding="utf-8")
            (site / "sw.js").write_text(offline.render_sw(offline.precache_groups(site)), encoding="utf-8")

            page.reload()  # served from the old cache; the browser checks sw.js and finds v2
            assert "(v2)" not in page.locator("h1").first.inner_text()
            status = page.get_by_role("status").filter(has_text=text)
            status.wait_for(timeout=30_000)
            status.get_by_role("button", name=button).click()
            page.wait_for_function("() => document.querySelector('h1').textContent.includes('(v2)')", timeout=30_000)
            caches = page.evaluate("async () => (await caches.keys()).filter((n) => n.startsWith('rebond-core-'))")
            assert len(caches) == 1 and caches != old, "the old version's cache was not replaced"
        finally:
            context.close()
    problems = guard.unexpected()
    assert not problems, "\n".join(problems)
