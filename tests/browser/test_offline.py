"""Offline use, in Chromium: after a first visit, with the network cut, the site still reads in
both languages, the generator personalises, a checklist prints and the planner exports its .ics;
and a new deployment replaces the cached version cleanly, telling the reader. Second visits:
the engine's worker restores the memory snapshot it kept after the first start (made before
any text of the reader's reached Python), and starts normally when that snapshot is damaged."""

from __future__ import annotations

import shutil

import icalendar
import pytest

from rebond_site import offline
from support.browser import guard_context
from support.offline import ENGINE_MESSAGES, ENGINE_TIMEOUT, engine_message, wait_offline_ready
from support.server import SiteServer

pytestmark = pytest.mark.browser


def test_after_a_first_visit_the_whole_site_works_offline(browser, server, base_url, tmp_path):
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    context.set_default_timeout(20_000)
    guard = guard_context(context, server.origin)
    try:
        page = context.new_page()
        # First visit: the generator, whose engine asks the worker to keep the runtime.
        page.goto(base_url + "outils/ecrire-mon-message/")
        page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
        wait_offline_ready(page, runtime=True)

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
        assert pdf.startswith(b"%PDF")
        assert b"/Type /Page" in pdf

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


@pytest.mark.parametrize(("lang", "text", "button"), [
    ("fr", "Une nouvelle version du site est prête.", "Recharger la page"),
    ("en", "A new version of the site is ready.", "Reload the page"),
])
def test_a_new_version_is_offered_then_replaces_the_old_one(browser, site_dir, tmp_path, lang, text, button):
    # A copy of the site that this test "deploys" again with a changed page.
    site = tmp_path / "site"
    shutil.copytree(site_dir, site, ignore=shutil.ignore_patterns("pyodide"))
    with SiteServer(site) as server:
        context = browser.new_context(locale="fr-FR")
        guard = guard_context(context, server.origin)
        try:
            page = context.new_page()
            prefix = "" if lang == "fr" else f"{lang}/"
            page.goto(server.url + prefix + "faq/")
            wait_offline_ready(page, runtime=False)
            old = page.evaluate("async () => (await caches.keys()).filter((n) => n.startsWith('rebond-core-'))")
            assert len(old) == 1

            faq = site / prefix / "faq" / "index.html"
            faq.write_text(faq.read_text(encoding="utf-8").replace("</h1>", " (v2)</h1>", 1), encoding="utf-8")
            (site / "sw.js").write_text(offline.render_sw(offline.manifest(site)), encoding="utf-8")

            page.reload()  # served from the old cache; the browser checks sw.js and finds v2
            assert "(v2)" not in page.locator("h1").first.inner_text()
            status = page.get_by_role("status").filter(has_text=text)
            status.wait_for(timeout=30_000)
            # The click reloads the page: wait for that navigation, then read the new heading
            # (polling the heading during the reload met a document without one yet).
            with page.expect_navigation(timeout=30_000):
                status.get_by_role("button", name=button).click()
            assert "(v2)" in page.locator("h1").first.inner_text()
            caches = page.evaluate("async () => (await caches.keys()).filter((n) => n.startsWith('rebond-core-'))")
            assert len(caches) == 1, "the old version's cache was not replaced"
            assert caches != old, "the old version's cache was not replaced"
        finally:
            context.close()
    problems = guard.unexpected()
    assert not problems, "\n".join(problems)


# --- The engine's memory snapshot (engine/worker.js) ------------------------------------------
GENERATOR = "outils/ecrire-mon-message/"
MARKER = "Qzxwv Snapshot Witness 4821"

_SNAPSHOTS = """async () => {
  if (!(await caches.has("rebond-snapshot"))) return [];
  const cache = await caches.open("rebond-snapshot");
  return Promise.all((await cache.keys()).map(async (request) => {
    const response = await cache.match(request);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { url: request.url, size: bytes.length, sha: response.headers.get("x-rebond-sha256") };
  }));
}"""

# True when a kept snapshot holds this text (Python keeps ASCII strings as plain bytes).
_SNAPSHOT_HOLDS = """async (text) => {
  const cache = await caches.open("rebond-snapshot");
  const [request] = await cache.keys();
  const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
  return new TextDecoder("latin1").decode(bytes).includes(text);
}"""

# engine/sparse.js, as the generator's page (its script's folder's sibling) reaches it.
_SPARSE_URL = """new URL("../engine/sparse.js", document.querySelector('script[src$="generator/main.js"]').src).href"""

# Replaces the kept snapshot: "altered" flips one byte (its recorded sha256 no longer matches);
# "not-a-snapshot" writes, in the stored form (engine/sparse.js) and with a matching sha256,
# memory that starts with Pyodide's header but is otherwise empty: Pyodide cannot restore it, and
# the worker must then start normally all the same.
_DAMAGE = """async (how) => {
  const { pack, unpack } = await import(SPARSE_URL);
  const cache = await caches.open("rebond-snapshot");
  const [request] = await cache.keys();
  const response = await cache.match(request);
  let bytes = new Uint8Array(await response.arrayBuffer());
  let sha = response.headers.get("x-rebond-sha256");
  if (how === "altered") {
    bytes[bytes.length >> 1] ^= 0xff;
  } else {
    const memory = new Uint8Array(2 * 1024 * 1024);
    memory.set(unpack(bytes).slice(0, 4));
    bytes = pack(memory);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    sha = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  await cache.put(request, new Response(bytes, { headers: { "x-rebond-sha256": sha } }));
}""".replace("SPARSE_URL", _SPARSE_URL)


def _engine_marks(page) -> list[str]:
    worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
    return worker.evaluate("() => performance.getEntriesByType('mark').map((m) => m.name)")


def _worker_fetches(page) -> list[str]:
    worker = next(w for w in page.workers if w.url.endswith("/engine/worker.js"))
    return worker.evaluate("() => performance.getEntriesByType('resource').map((r) => r.name)")


def _visit_and_personalise(context, url: str):
    """Open the generator, wait for the engine, type the marker: (page, message, worker marks)."""
    page = context.new_page()
    page.goto(url)
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    page.fill('#gen-form [name="company"]', MARKER)
    page.wait_for_function("t => document.querySelector('#gen-body').value.includes(t)", arg=MARKER)
    return page, page.input_value("#gen-body"), _engine_marks(page)


def _wait_snapshot(page) -> list[dict]:
    for _ in range(ENGINE_TIMEOUT // 250):
        kept = page.evaluate(_SNAPSHOTS)
        if kept:
            return kept
        page.wait_for_timeout(250)
    raise AssertionError("no snapshot kept after the first start")


def _guarded(browser, server, **options):
    context = browser.new_context(locale="fr-FR", **options)
    context.set_default_timeout(20_000)
    guard = guard_context(context, server.origin)
    yield context
    context.close()
    problems = guard.unexpected()
    assert not problems, "\n".join(problems)


@pytest.fixture
def snapshot_context(browser, snapshot_server):
    # The site with its snapshot on (conftest.py), whatever the build's switch. No service
    # worker: the snapshot is the worker's own, whatever the offline cache does.
    yield from _guarded(browser, snapshot_server, service_workers="block")


@pytest.fixture
def no_snapshot_context(browser, no_snapshot_server):
    # The site built with its snapshot off (REBOND_MEMORY_SNAPSHOT=false).
    yield from _guarded(browser, no_snapshot_server, service_workers="block")


def test_a_second_visit_starts_from_the_snapshot_with_the_same_message(snapshot_context, snapshot_server):
    base_url = snapshot_server.url
    first, body, marks = _visit_and_personalise(snapshot_context, base_url + GENERATOR)
    assert "rebond:runtime" in marks
    assert "rebond:snapshot-restored" not in marks
    kept = _wait_snapshot(first)
    assert len(kept) == 1
    assert kept[0]["size"] > 1_000_000
    assert len(kept[0]["sha"]) == 64
    # Made before the reader's text reached Python: the snapshot does not hold it.
    assert not first.evaluate(_SNAPSHOT_HOLDS, MARKER)
    assert first.evaluate(_SNAPSHOT_HOLDS, "rebond")  # (the search itself works)
    assert [u for u in _worker_fetches(first) if u.endswith(".whl")]
    first.close()

    second, again, marks = _visit_and_personalise(snapshot_context, base_url + GENERATOR)
    assert "rebond:snapshot-restored" in marks
    assert "rebond:snapshot-failed" not in marks
    assert again == body
    assert MARKER in again
    assert second.evaluate(_SNAPSHOTS) == kept  # restored, not made again
    # The engine comes imported with the snapshot: its wheel is not even fetched.
    assert not [u for u in _worker_fetches(second) if u.endswith(".whl")]


# Types into a field every `every` ms until `forMs` after the engine became ready (each change
# then calls the engine), then says whether the worker had stored its snapshot meanwhile.
_TYPE_ON = """async ([every, forMs]) => {
  const field = document.querySelector('#gen-form [name="position"]');
  const limit = performance.now() + 120000; // an engine that never starts fails below, not here
  const typing = () => window.__order.ready === null || performance.now() < window.__order.ready + forMs;
  for (let i = 0; performance.now() < limit && typing(); i += 1) {
    field.value = "Poste " + i;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  return caches.has("rebond-snapshot");
}"""


@pytest.mark.parametrize("how", ["altered", "not-a-snapshot"])
def test_a_damaged_snapshot_means_a_normal_start(snapshot_context, snapshot_server, how):
    base_url = snapshot_server.url
    first, body, _ = _visit_and_personalise(snapshot_context, base_url + "en/" + GENERATOR)
    _wait_snapshot(first)
    first.evaluate(_DAMAGE, how)
    first.close()

    second, again, marks = _visit_and_personalise(snapshot_context, base_url + "en/" + GENERATOR)
    assert "rebond:snapshot-restored" not in marks
    assert "rebond:runtime" in marks
    # Only a snapshot that reached Pyodide can fail there; a damaged copy is never tried.
    assert ("rebond:snapshot-failed" in marks) == (how == "not-a-snapshot")
    assert again == body
    assert MARKER in again
    # A good snapshot replaces the damaged one: the next visit starts from it.
    for _ in range(ENGINE_TIMEOUT // 250):
        if "rebond:snapshot-saved" in _engine_marks(second):
            break
        second.wait_for_timeout(250)
    assert len(second.evaluate(_SNAPSHOTS)) == 1
    second.close()
    _, third, marks = _visit_and_personalise(snapshot_context, base_url + "en/" + GENERATOR)
    assert "rebond:snapshot-restored" in marks
    assert third == body


def test_with_the_snapshot_switched_off_every_visit_starts_python_and_keeps_none(no_snapshot_context,
                                                                              no_snapshot_server):
    # Built with REBOND_MEMORY_SNAPSHOT=false: at the root of its origin, where it would keep one,
    # the engine starts Python from its wheel on every visit, answers the same, and keeps nothing.
    no_snapshot_context.add_init_script(ENGINE_MESSAGES)
    url = no_snapshot_server.url + GENERATOR
    first, body, marks = _visit_and_personalise(no_snapshot_context, url)
    assert engine_message(first)["snapshot"] == "none"  # "saved" when the switch is on
    assert "rebond:import" in marks
    assert not [m for m in marks if "snapshot" in m]
    first.close()

    second, again, marks = _visit_and_personalise(no_snapshot_context, url)
    assert engine_message(second)["snapshot"] == "none"
    assert again == body
    assert MARKER in again
    assert "rebond:import" in marks
    assert not [m for m in marks if "snapshot" in m]
    assert [u for u in _worker_fetches(second) if u.endswith(".whl")]  # started from the wheel again
    assert second.evaluate(_SNAPSHOTS) == []


# Packs and unpacks, in the page, memory-like bytes: zero pages, data, a length that is not a
# whole number of pages, a view that does not start at its buffer's start.
_SPARSE = """async () => {
  const { pack, unpack } = await import(SPARSE_URL);
  const page = 65536;
  const buffer = new ArrayBuffer(10 * page + 1000);
  const memory = new Uint8Array(buffer, 3);
  memory.set([1, 2, 3], 0);                 // page 0: data
  memory[2 * page + 17] = 9;                // page 2: one byte
  memory.fill(7, 5 * page - 2, 5 * page + 2); // across pages 4 and 5
  memory[memory.length - 1] = 5;            // the last, partial page
  const stored = pack(memory);
  const back = unpack(stored);
  const same = back !== null && back.length === memory.length && back.every((b, i) => b === memory[i]);
  return {
    same,
    stored: stored.length,
    empty: unpack(pack(new Uint8Array(3 * page))).every((b) => b === 0),
    truncated: unpack(stored.slice(0, stored.length - 1)),
    longer: unpack(Uint8Array.from([...stored, 0])),
    garbage: unpack(Uint8Array.of(255, 255, 255, 255, 1, 0, 0, 0)),
  };
}""".replace("SPARSE_URL", _SPARSE_URL)


def test_the_snapshot_is_stored_without_its_empty_pages(page, base_url):
    page.goto(base_url + GENERATOR)
    out = page.evaluate(_SPARSE)
    assert out["same"] is True
    assert out["empty"] is True
    # 5 of the 11 pages hold data (the last one partial): header, page map and those pages only.
    assert out["stored"] == 8 + 11 + 4 * 65536 + (1000 - 3)
    assert out["truncated"] is None
    assert out["longer"] is None
    assert out["garbage"] is None


# Records, in the page, when the service worker is registered and when the engine is ready.
_START_ORDER = """
window.__order = { register: null, ready: null };
addEventListener("rebond:engine-ready", () => { window.__order.ready = performance.now(); });
if (navigator.serviceWorker) {
  const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (...args) => {
    window.__order.register = performance.now();
    return register(...args);
  };
}
"""


def _wait_registered(page) -> None:
    # Polled (wait_for_function would evaluate a string, which the pages' policy forbids).
    for _ in range(120):
        if page.evaluate("() => window.__order.register !== null"):
            return
        page.wait_for_timeout(250)
    raise AssertionError("the service worker was never registered")


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_engine_starts_once_the_page_has_loaded_and_the_offline_copy_waits(context, base_url, lang):
    context.add_init_script(_START_ORDER)
    page = context.new_page()
    page.goto(base_url + lang + "outils/ecrire-mon-message/")
    page.locator('#gen-form[data-engine="ready"]').wait_for(state="attached", timeout=ENGINE_TIMEOUT)
    _wait_registered(page)
    order = page.evaluate("""() => ({ ...window.__order,
      worker: performance.getEntriesByType("resource").find((r) => r.name.endsWith("/engine/worker.js")).startTime,
      runtime: performance.getEntriesByType("resource").filter((r) => r.name.includes("/pyodide/"))
        .map((r) => r.startTime),
      loaded: performance.getEntriesByType("navigation")[0].loadEventEnd,
      booted: document.documentElement.dataset.rebondEngine })""")
    # The worker, and with it every download of the runtime, starts only once the page has
    # loaded: the theme's own start has the processor to itself...
    assert order["booted"] == "ready"
    assert order["worker"] >= order["loaded"]
    assert all(start >= order["loaded"] for start in order["runtime"])  # nothing of it from the page
    assert any(url.endswith("/pyodide.asm.wasm") for url in _worker_fetches(page))  # all from the worker
    # ...and the service worker, which copies the whole site, is registered only once Python is up.
    assert order["ready"] is not None
    assert order["register"] > order["ready"]


@pytest.fixture
def snapshot_sw_context(browser, snapshot_server):
    # The site with its snapshot on, service workers allowed.
    yield from _guarded(browser, snapshot_server)


def test_while_the_reader_types_neither_the_offline_copy_nor_the_snapshot_is_made(snapshot_sw_context, snapshot_server):
    context = snapshot_sw_context
    context.add_init_script(_START_ORDER)
    page = context.new_page()
    page.goto(snapshot_server.url + "en/outils/ecrire-mon-message/", wait_until="domcontentloaded")
    # A change every 250 ms from the start until 4 s after Python is ready: both copies, which
    # write megabytes, wait; each would otherwise start within 1.5 s of "ready".
    assert page.evaluate(_TYPE_ON, [250, 4000]) is False  # no snapshot
    assert page.evaluate("document.documentElement.dataset.rebondEngine") == "ready"
    assert page.evaluate("window.__order.register") is None  # no service worker yet
    # The reader stops: both are made.
    _wait_registered(page)
    assert page.evaluate("window.__order.register - window.__order.ready") > 4000
    assert len(_wait_snapshot(page)) == 1


def test_pages_without_the_engine_register_the_offline_copy_at_load(context, base_url):
    context.add_init_script(_START_ORDER)
    page = context.new_page()
    page.goto(base_url + "guide/remercier/")
    _wait_registered(page)
    assert page.evaluate("window.__order.ready") is None
    assert page.evaluate("document.documentElement.dataset.rebondEngine") is None
