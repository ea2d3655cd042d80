"""What the site serves is what the build made, and deleting data deletes it (issue 17), in
Chromium:

- a page of another site on the same origin (a GitHub Pages project site shares its origin
  with its owner's other projects) cannot have the site's service worker serve its content:
  what it writes into the caches is refused, and the genuine file is fetched again;
- a cached WebAssembly that is not the build's fails the engine's check and is fetched again;
  a memory snapshot planted for a site under a sub-path is never used;
- after a deploy, with a host's 10-minute HTTP caching, the reload the page offers runs the new
  engine;
- the engine's worker is under the site's policy only where headers are sent (README);
- only the pages that run the engine may compile WebAssembly;
- "delete my data" leaves no cache, no storage key and no service worker registration.
"""

from __future__ import annotations

import http.server
import shutil
import threading
from typing import ClassVar

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

import rebond
from rebond import locales
from support.browser import guard_context
from support.offline import (
    ENGINE_MESSAGES,
    ENGINE_TIMEOUT,
    build_info,
    engine_message,
    redeploy_engine,
    wait_offline_ready,
    wait_snapshot_kept,
)
from support.server import SiteServer

pytestmark = pytest.mark.browser

GENERATOR = "outils/ecrire-mon-message/"
PREFIX = {"fr": "", "en": "en/"}
UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}


def _fresh(browser, server):
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    context.set_default_timeout(20_000)
    context.add_init_script(ENGINE_MESSAGES)
    guard = guard_context(context, server.origin)
    yield context, guard
    context.close()
    problems = guard.unexpected()
    assert not problems, "the page did what it must not:\n" + "\n".join(problems)


@pytest.fixture
def fresh(browser, server):
    """A guarded context of its own (service workers allowed), closed before its guard is read."""
    yield from _fresh(browser, server)


@pytest.fixture
def fresh_snapshot(browser, snapshot_server):
    """The same, on the site with its memory snapshot on (conftest.py)."""
    yield from _fresh(browser, snapshot_server)


def _ready(page, url: str) -> dict:
    page.goto(url)
    page.locator('#gen-form[data-engine="ready"], #gen-form[data-engine="failed"]').wait_for(
        state="attached", timeout=ENGINE_TIMEOUT)
    return engine_message(page)


# --- 1. Only what the build made ------------------------------------------------------------
# Run by a page of the *other* site: writes into the site's core cache a page, a script and a
# URL the site does not have.
_FOREIGN_WRITES = """async (site) => {
  const [name] = (await caches.keys()).filter((n) => n.startsWith("rebond-core-"));
  const cache = await caches.open(name);
  const html = (text) => new Response(`<!doctype html><title>${text}</title><h1>${text}</h1>`,
    { headers: { "content-type": "text/html; charset=utf-8" } });
  await cache.put(site + "guide/remercier/", html("Foreign page"));
  await cache.put(site + "assets/javascripts/page.js",
    new Response("document.title = 'Foreign script';", { headers: { "content-type": "text/javascript" } }));
  await cache.put(site + "foreign/", html("Foreign page"));
  return name;
}"""

_CACHED_TEXT = """async ([name, url]) => {
  const hit = await (await caches.open(name)).match(url);
  return hit ? hit.text() : null;
}"""


def test_another_site_on_the_origin_cannot_have_its_content_served(fresh, server):
    context, guard = fresh
    site = server.variant("plain")  # this site, under a sub-path; the root copy plays the other site
    page = context.new_page()
    page.goto(site + "guide/remercier/")
    wait_offline_ready(page, runtime=False)
    page.reload()  # now answered by the service worker
    genuine = page.locator("h1").first.inner_text()
    assert "Remercier" in genuine

    other = context.new_page()  # a document of the other site that registers no worker of its own
    other.goto(server.url + "assets/images/favicon.svg")
    cache = other.evaluate(_FOREIGN_WRITES, site)

    page.goto(site + "guide/remercier/")
    assert page.locator("h1").first.inner_text() == genuine
    assert page.title() != "Foreign script"
    assert "Foreign" not in page.content()
    # Refused, then fetched again: the cache holds the genuine page once more.
    cached = other.evaluate(_CACHED_TEXT, [cache, site + "guide/remercier/"]) or ""
    assert "<h1" in cached
    assert "Remercier le recruteur" in cached
    assert "Foreign" not in cached
    assert "Foreign" not in other.evaluate(_CACHED_TEXT, [cache, site + "assets/javascripts/page.js"])
    # A URL that is not the build's is never answered from the cache.
    guard.expect(f"HTTP 404 for {site}foreign/")
    response = page.goto(site + "foreign/")
    assert response.status == 404
    assert "Foreign" not in page.content()

    # Offline, a refused page cannot be fetched again: the site's own "not found" page instead.
    other.evaluate(_FOREIGN_WRITES, site)
    context.set_offline(True)
    guard.expect(f"HTTP 404 for {site}guide/remercier/")
    for url in (site + "guide/remercier/", site + "foreign/"):
        response = page.goto(url)
        assert response.status == 404, url
        assert "Foreign" not in page.content(), url
    context.set_offline(False)


# Run by a page of another site on the origin: replaces the cached WebAssembly (which the
# service worker passes on unread) with a *valid* module of other bytes, one that would start
# and run: the genuine one with a custom section appended ("evil"), which no engine ignores.
_SWAP_WASM = """async () => {
  for (const name of await caches.keys()) {
    if (!name.startsWith("rebond-runtime-")) continue;
    const cache = await caches.open(name);
    const [request] = (await cache.keys()).filter((r) => r.url.endsWith(".wasm"));
    const genuine = new Uint8Array(await (await cache.match(request)).arrayBuffer());
    const forged = new Uint8Array(genuine.length + 7);
    forged.set(genuine);
    forged.set([0, 5, 4, 101, 118, 105, 108], genuine.length);
    if (!(await WebAssembly.validate(forged))) throw new Error("the forged module must be valid");
    await cache.put(request, new Response(forged, { headers: { "content-type": "application/wasm" } }));
    return request.url;
  }
}"""

_CACHED_SIZE = """async (url) => {
  for (const name of await caches.keys()) {
    const hit = name.startsWith("rebond-runtime-") && (await (await caches.open(name)).match(url));
    if (hit) return (await hit.arrayBuffer()).byteLength;
  }
  return 0;
}"""


def test_a_valid_but_foreign_webassembly_never_starts_and_a_retry_fetches_a_clean_copy(fresh, server):
    context, _ = fresh
    site = server.variant("plain")  # the site under a sub-path; the root plays the other site
    page = context.new_page()
    assert _ready(page, site + "en/" + GENERATOR)["type"] == "ready"
    wait_offline_ready(page, runtime=True)
    other = context.new_page()
    other.goto(server.url + "assets/images/favicon.svg")
    url = other.evaluate(_SWAP_WASM)
    genuine_size = page.evaluate(_CACHED_SIZE, url) - 7

    page.goto(site + "en/" + GENERATOR)
    mailto = page.get_attribute("#gen-mailto", "href")
    page.locator('#gen-form[data-engine="ready"], #gen-form[data-engine="failed"]').wait_for(
        state="attached", timeout=ENGINE_TIMEOUT)
    messages = page.evaluate("() => window.__engine")
    # Refused before compiling: never ready, not even for a moment.
    assert [(m["type"], m.get("code")) for m in messages] == [("failed", "integrity")], messages
    assert page.inner_text("#gen-failure") == UI["en"]["failed_integrity"]
    assert page.get_attribute("#gen-mailto", "href") == mailto  # nothing of the forged engine's
    assert page.evaluate(_CACHED_SIZE, url) == 0  # the bad copy is gone

    page.get_by_role("button", name=UI["en"]["retry"]).click()  # fetches a clean copy
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    again = engine_message(page)
    assert again["type"] == "ready"
    assert again["version"] == rebond.__version__
    assert page.is_hidden("#gen-failure")
    page.fill('#gen-form [name="company"]', "Wasm Checked Ltd")
    page.wait_for_function("() => document.querySelector('#gen-body').value.includes('Wasm Checked Ltd')")
    for _ in range(ENGINE_TIMEOUT // 250):  # the service worker keeps the genuine file again
        if page.evaluate(_CACHED_SIZE, url) == genuine_size:
            break
        page.wait_for_timeout(250)
    assert page.evaluate(_CACHED_SIZE, url) == genuine_size


# Run by a page of another site on the origin: plants a "snapshot" for this build's engine in
# the stored form (sparse.js: one page of bytes), with the digest beside it that the old check
# trusted. Any script of the origin can compute that digest.
_PLANT_SNAPSHOT = """async (url) => {
  const stored = new Uint8Array(8 + 1 + 65536).fill(0x41);
  new DataView(stored.buffer).setUint32(0, 65536, true);
  new DataView(stored.buffer).setUint32(4, 1, true);
  stored[8] = 1;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", stored));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  await (await caches.open("rebond-snapshot")).put(url, new Response(stored,
    { headers: { "content-type": "application/octet-stream", "x-rebond-sha256": hex } }));
}"""


def test_on_a_shared_origin_a_planted_snapshot_is_never_read(browser, no_snapshot_server, no_snapshot_site):
    # The default build (no dedicated origin declared) keeps and reads no snapshot at all.
    server, site_dir = no_snapshot_server, no_snapshot_site
    assert not build_info(site_dir)["snapshot"]
    context = browser.new_context(locale="fr-FR", service_workers="block")
    context.add_init_script(ENGINE_MESSAGES)
    guard = guard_context(context, server.origin)
    try:
        other = context.new_page()
        other.goto(server.url + "assets/images/favicon.svg")
        planted = f"{server.url}assets/pyodide/{build_info(site_dir)['folder']}/snapshot.bin"
        other.evaluate(_PLANT_SNAPSHOT, planted)
        page = context.new_page()
        started = _ready(page, server.url + GENERATOR)
        assert (started["type"], started["snapshot"]) == ("ready", "none")
        worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
        marks = worker.evaluate("() => performance.getEntriesByType('mark').map((m) => m.name)")
        assert not {"rebond:snapshot-restored", "rebond:snapshot-failed", "rebond:snapshot-saved"} & set(marks)
        # Never opened (a read would have deleted a copy it could not use), never replaced.
        assert other.evaluate("async (url) => (await (await caches.open('rebond-snapshot')).match(url)).headers"
                              ".get('x-rebond-sha256').length", planted) == 64
        page.fill('#gen-form [name="company"]', "Moteur Authentique SA")
        page.wait_for_function("() => document.querySelector('#gen-body').value.includes('Moteur Authentique SA')")
    finally:
        context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())


# --- 2. A deploy reaches the reader at the reload the page offers ----------------------------
# What a missing offer leaves to look at: the engine's state, the service workers, the caches.
_UPDATE_STATE = """async () => {
  const reg = await navigator.serviceWorker.getRegistration();
  const state = (w) => w && w.state;
  return { engine: document.documentElement.dataset.rebondEngine,
           controlled: !!navigator.serviceWorker.controller, active: state(reg && reg.active),
           waiting: state(reg && reg.waiting), installing: state(reg && reg.installing),
           caches: await caches.keys(),
           status: [...document.querySelectorAll('[role=status]')].map((n) => n.textContent) };
}"""

def test_after_a_deploy_the_offered_reload_runs_the_new_engine(browser, snapshot_site, tmp_path):
    site_dir = snapshot_site
    live, upcoming = tmp_path / "live", tmp_path / "next"
    shutil.copytree(site_dir, live)
    shutil.copytree(site_dir, upcoming)
    redeploy_engine(upcoming, "0.1.0+next")
    # Every file cached for 10 minutes by the browser, as GitHub Pages serves them.
    with SiteServer(live, cache_control="max-age=600") as server:
        context = browser.new_context(locale="fr-FR")
        context.add_init_script(ENGINE_MESSAGES)
        guard = guard_context(context, server.origin)
        try:
            page = context.new_page()
            assert _ready(page, server.url + GENERATOR)["version"] == rebond.__version__
            wait_offline_ready(page, runtime=True)
            wait_snapshot_kept(page)
            warm = _ready(page, server.url + GENERATOR)
            assert warm["snapshot"] == "restored"
            assert warm["version"] == rebond.__version__

            shutil.rmtree(live)  # the host switches to the next build
            shutil.copytree(upcoming, live)
            page.reload()
            offer = page.get_by_role("status").filter(has_text="Une nouvelle version du site est prête.")
            try:
                offer.wait_for(timeout=60_000)
            except PlaywrightTimeout:
                raise AssertionError(f"no offer to reload; the page's state: {page.evaluate(_UPDATE_STATE)}") from None
            with page.expect_navigation(timeout=60_000):
                offer.get_by_role("button").click()
            page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
            fresh = engine_message(page)
            assert (fresh["version"], fresh["snapshot"]) == ("0.1.0+next", "saved"), fresh
            page.fill('#gen-form [name="company"]', "Nouvelle Version SA")
            page.wait_for_function("() => document.querySelector('#gen-body').value.includes('Nouvelle Version SA')")
        finally:
            context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())


# --- 3. The worker's policy comes only from headers ----------------------------------------
class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


_START_ENGINE = """async () => {
  const { startEngine } = await import(new URL("../../assets/javascripts/engine/client.js", location.href).href);
  await startEngine().ready;
}"""


def test_the_engines_worker_is_under_the_policy_only_where_headers_are_sent(fresh, server):
    context, guard = fresh
    elsewhere = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=elsewhere.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{elsewhere.server_address[1]}/"
    guard.expect(f"request outside the site: {target}")
    try:
        reached = {}
        for variant in ("plain", "metaonly"):
            page = context.new_page()
            page.goto(server.variant(variant) + "outils/planificateur/")  # starts no engine by itself
            page.evaluate(_START_ENGINE)
            worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
            before = len(_Counter.hits)
            status = worker.evaluate("(url) => fetch(url + '?from=worker').then((r) => r.status, () => 'refused')",
                                     target + variant)
            reached[variant] = (status, len(_Counter.hits) - before)
            page.close()
        # With the headers (`_headers`, the nginx example), the worker's connect-src holds.
        assert reached["plain"] == ("refused", 0)
        # Without them (GitHub Pages), a <meta> policy does not reach workers: README says so.
        assert reached["metaonly"] == (200, 1)
    finally:
        elsewhere.shutdown()
        elsewhere.server_close()


# Run by a page of another site on the origin: stores the genuine worker script again, same
# bytes (its digest still matches), without the policy header it came with.
_STRIP_WORKER_POLICY = """async (url) => {
  for (const name of await caches.keys()) {
    if (!name.startsWith("rebond-core-")) continue;
    const cache = await caches.open(name);
    const hit = await cache.match(url);
    if (!hit) continue;
    if (!hit.headers.get("content-security-policy")) throw new Error("the cached copy had no policy to strip");
    await cache.put(url, new Response(await hit.arrayBuffer(), { headers: { "content-type": "text/javascript" } }));
    return true;
  }
  return false;
}"""


def test_a_worker_script_stored_without_its_policy_still_runs_under_the_builds(fresh, server):
    context, guard = fresh
    elsewhere = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=elsewhere.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{elsewhere.server_address[1]}/"
    guard.expect(f"request outside the site: {target}")
    try:
        site = server.variant("plain")
        page = context.new_page()
        page.goto(site + "outils/planificateur/")  # starts no engine by itself
        wait_offline_ready(page, runtime=False)
        other = context.new_page()
        other.goto(server.url + "assets/images/favicon.svg")
        assert other.evaluate(_STRIP_WORKER_POLICY, site + "assets/javascripts/engine/worker.js")
        page.reload()  # controlled: the worker's script now comes from the service worker's cache
        page.evaluate(_START_ENGINE)
        worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
        before = len(_Counter.hits)
        status = worker.evaluate("(url) => fetch(url + '?from=worker').then((r) => r.status, () => 'refused')", target)
        assert (status, len(_Counter.hits) - before) == ("refused", 0)
    finally:
        elsewhere.shutdown()
        elsewhere.server_close()


def test_a_page_the_build_did_not_write_still_runs_under_a_policy(page, server, guard):
    # Without headers (GitHub Pages, which answers any missing URL with it) the "not found"
    # page's own policy is all there is.
    guard.expect("csp:")
    page.goto(server.variant("metaonly") + "404.html")
    ran = page.evaluate("""() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      return window.__injected === true;
    }""")
    assert ran is False


def test_only_pages_that_run_the_engine_may_compile_webassembly(fresh, base_url):
    context, guard = fresh
    guard.expect("blocked wasm-eval")  # the refusal reports a violation, as it should
    compile_empty = ("() => WebAssembly.compile(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0))"
                     ".then(() => 'compiled', (e) => e.name)")
    page = context.new_page()
    for url, allowed in ((base_url, False), (base_url + "en/guide/remercier/", False),
                         (base_url + "outils/planificateur/", True), (base_url + "en/" + GENERATOR, True)):
        page.goto(url)
        assert page.evaluate(compile_empty) == ("compiled" if allowed else "CompileError"), url


# --- 4. "Delete my data" ------------------------------------------------------------------
_SITE_DATA = """async () => ({
  caches: (await caches.keys()).filter((n) => n.startsWith("rebond-")).sort(),
  local: Object.keys(localStorage), session: Object.keys(sessionStorage),
  registrations: (await navigator.serviceWorker.getRegistrations()).length,
})"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_delete_my_data_deletes_every_cache_storage_key_and_the_service_worker(fresh_snapshot, snapshot_server, lang):
    context, _ = fresh_snapshot
    base_url = snapshot_server.url
    page = context.new_page()
    _ready(page, base_url + PREFIX[lang] + GENERATOR)
    page.check("#gen-keep-draft")
    page.fill("#gen-company", "Effacement SA")
    page.click("[data-rebond-scheme]")
    page.evaluate("sessionStorage.setItem('rebond:probe', '1')")
    wait_offline_ready(page, runtime=True)
    wait_snapshot_kept(page)
    before = page.evaluate(_SITE_DATA)
    assert {n.rsplit("-", 1)[0] for n in before["caches"]} == {"rebond-core", "rebond-runtime", "rebond"}
    assert "rebond:generator:draft" in before["local"]
    assert before["registrations"] == 1

    page.click('[data-action="delete-data"]')
    status = page.locator("#gen-keep-status")
    status.filter(has_text=UI[lang]["deleted_worker"]).wait_for()
    for item in ("deleted_storage", "deleted_offline", "deleted_snapshot", "deleted_worker", "deleted_httpCache",
                 "data_deleted_next"):
        assert UI[lang][item] in status.inner_text(), item
    assert UI[lang]["http_cache_kept"] not in status.inner_text()  # the host sent Clear-Site-Data
    assert page.evaluate(_SITE_DATA) == {"caches": [], "local": [], "session": [], "registrations": 0}

    page.reload()  # nothing of the draft comes back
    assert page.input_value("#gen-company") == ""
    assert not page.is_checked("#gen-keep-draft")


def test_deleting_before_the_snapshot_is_written_means_none_is(browser, snapshot_server):
    server = snapshot_server
    # Deleted as soon as the engine is ready: its snapshot, due at the reader's first pause,
    # is never written (the deletion waits for the write it stops).
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(ENGINE_MESSAGES)
    guard = guard_context(context, server.origin)
    try:
        page = context.new_page()
        page.goto(server.url + GENERATOR)
        page.wait_for_function("() => window.__engine.length > 0", timeout=ENGINE_TIMEOUT)
        page.click('[data-action="delete-data"]')
        # What the browser's HTTP cache holds is always cleared and said; a snapshot never is.
        status = page.locator("#gen-keep-status").filter(has_text=UI["fr"]["deleted_httpCache"])
        status.wait_for()
        assert UI["fr"]["deleted_snapshot"] not in status.inner_text()
        worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
        marks = worker.evaluate("() => performance.getEntriesByType('mark').map((m) => m.name)")
        assert "rebond:snapshot-forgotten" in marks
        assert "rebond:snapshot-saved" not in marks
        assert page.evaluate(_SITE_DATA) == {"caches": [], "local": [], "session": [], "registrations": 0}
    finally:
        context.close()
    assert not guard.unexpected(), "\n".join(guard.unexpected())


def test_delete_my_data_reaches_every_open_tab(fresh_snapshot, snapshot_server):
    context, _ = fresh_snapshot
    url = snapshot_server.url + GENERATOR
    first, second = context.new_page(), context.new_page()
    for page in (first, second):
        _ready(page, url)
    second.check("#gen-keep-draft")
    second.fill("#gen-company", "Autre Onglet SA")
    wait_offline_ready(first, runtime=True)

    first.click('[data-action="delete-data"]')
    first.locator("#gen-keep-status").filter(has_text=UI["fr"]["deleted_storage"]).wait_for()
    # The other tab hears it: it says so, keeps no draft and no snapshot from now on.
    second.locator("#gen-keep-status").filter(has_text=UI["fr"]["forgotten_elsewhere"]).wait_for()
    assert not second.is_checked("#gen-keep-draft")
    worker = next(w for w in second.workers if w.url.endswith("/engine/worker.js"))
    # Its engine has stopped keeping a snapshot (the mark comes once none is or will be written).
    forgotten = "() => performance.getEntriesByType('mark').some((m) => m.name === 'rebond:snapshot-forgotten')"
    for _ in range(ENGINE_TIMEOUT // 100):  # polled: a worker has no wait_for_function
        if worker.evaluate(forgotten):
            break
        second.wait_for_timeout(100)
    assert worker.evaluate(forgotten)
    second.fill("#gen-company", "Toujours rien SA")  # typing there stores nothing
    second.wait_for_function("() => document.querySelector('#gen-body').value.includes('Toujours rien SA')")
    assert second.evaluate(_SITE_DATA) == {"caches": [], "local": [], "session": [], "registrations": 0}
