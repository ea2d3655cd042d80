"""Foundation, in Chromium: language switcher, search per language, axe on the home page,
and the engine loaded in a module worker from the site's own Pyodide under the real CSP."""

from __future__ import annotations

import re

import pytest

from support.pages import pages

SAMPLE = ["", "guide/remercier/", "faq/", "outils/ecrire-mon-message/"]


@pytest.mark.parametrize("rel", SAMPLE)
def test_language_switcher_leads_to_the_same_page_in_the_other_language(page, base_url, rel):
    page.goto(base_url + rel)
    assert page.locator("html").get_attribute("lang") == "fr"
    page.locator(".md-header__option .md-select").first.hover()
    page.get_by_role("link", name="English").click()
    page.wait_for_url(base_url + "en/" + rel)
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".md-header__option .md-select").first.hover()
    page.get_by_role("link", name="Français").click()
    page.wait_for_url(base_url + rel)


def test_every_page_switcher_points_to_its_counterpart(site_dir):
    for lang, other in (("fr", "en"), ("en", "fr")):
        for rel, html in pages(site_dir, lang).items():
            text = html.read_text(encoding="utf-8")
            links = dict(re.findall(r'<a href="([^"]*)" hreflang="(fr|en)" class="md-select__link"', text))
            target = next(href for href, hl in links.items() if hl == other)
            resolved = (html.parent / target).resolve()
            expected = (site_dir / ("en/" if other == "en" else "") / rel).resolve()
            assert resolved == expected, f"{lang}/{rel}: switcher -> {target}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_has_no_axe_violation(page, base_url, axe_check, lang):
    page.goto(base_url + ("en/" if lang == "en" else ""))
    axe_check(page)
    # Also with the search dialog open (Material's defaults needed fixes there).
    page.keyboard.press("/")
    page.wait_for_selector(".md-search__input:focus")
    # Let the dialog's opening transitions end: axe measures colours as they are painted.
    page.wait_for_function("() => document.getAnimations().length === 0")
    axe_check(page)


def _search(page, base_url: str, lang: str, query: str) -> list[str]:
    """Types `query` into the search dialog as a reader would; the results' links."""
    page.goto(base_url + ("en/" if lang == "en" else ""))
    page.locator("label.md-search__icon, .md-search__input").first.click()
    prompt = page.evaluate('() => JSON.parse(document.getElementById("__config").textContent)'
                           '.translations["search.result.placeholder"]')
    meta = "document.querySelector('.md-search-result__meta').textContent.trim()"
    # Material drops a query typed before its search worker is ready: wait for its prompt.
    page.wait_for_function(f"(prompt) => {meta} === prompt", arg=prompt)
    page.locator(".md-search__input").press_sequentially(query)
    # Then for its answer: a count, or "no matching documents".
    page.wait_for_function(f"(prompt) => {meta} !== prompt", arg=prompt)
    return page.eval_on_selector_all("a.md-search-result__link", "links => links.map(a => a.href)")


@pytest.mark.parametrize(("lang", "query", "own", "foreign"), [
    ("fr", "remercier", "/guide/remercier/", "/en/"),
    ("en", "thanking", "/en/guide/remercier/", None),
])
def test_search_finds_pages_of_its_own_language_only(page, base_url, lang, query, own, foreign):
    hrefs = _search(page, base_url, lang, query)
    assert any(own in h for h in hrefs), hrefs
    prefix = base_url + ("en/" if lang == "en" else "")
    assert all(h.startswith(prefix) for h in hrefs), hrefs
    if lang == "fr":
        assert not any(h.startswith(base_url + "en/") for h in hrefs), hrefs


@pytest.mark.parametrize(("lang", "query"), [
    ("fr", "problème"), ("en", "problem"), ("fr", "imprimer liste"), ("en", "print checklist"),
])
def test_search_leads_to_pages_not_into_a_tool_or_a_second_copy(page, base_url, lang, query):
    """No result opens the generator's hidden error summary or its form, and each checklist is
    found on its own page, not again on the print-all page."""
    hrefs = _search(page, base_url, lang, query)
    assert not [h for h in hrefs if "#gen-" in h or "#rebond-plan-result" in h], hrefs
    assert not [h for h in hrefs if "/tout-imprimer/#" in h], hrefs
    if "print" in query or "imprimer" in query:
        assert any("/outils/listes/" in h for h in hrefs), hrefs


def test_engine_loads_in_a_module_worker_under_the_csp(page, base_url, server, context):
    worker_requests = []
    context.on("requestfinished", lambda r: worker_requests.append(r.url))
    # A tool page (the planner starts its own engine only when its form is used): only pages
    # that run the engine may compile WebAssembly.
    page.goto(base_url + "outils/planificateur/")
    info = page.evaluate("""async () => {
        const client = new URL("../../assets/javascripts/engine/client.js", document.baseURI);
        const { startEngine } = await import(client.href);
        const engine = startEngine();
        const ready = await engine.ready;
        const schema = await engine.call("schema", {});
        return { version: ready.version, state: engine.state, kinds: schema.ok && schema.result.KINDS };
    }""")
    import rebond

    assert info["state"] == "ready"
    assert info["version"] == rebond.__version__
    assert "thanks" in info["kinds"]
    assert any(u.endswith("pyodide.asm.wasm") for u in worker_requests)
    assert any(re.search(r"rebond-[\d.]+-py3-none-any\.whl$", u) for u in worker_requests)
    assert all(u.startswith(server.origin) for u in worker_requests)


def test_site_works_under_a_sub_path(page, server):
    page.goto(server.variant("plain") + "guide/remercier/")
    assert page.locator("h1").count() == 1
    css = page.evaluate("() => [...document.styleSheets].filter(s => s.href && s.cssRules.length).length")
    assert css >= 2
    page.get_by_role("link", name=re.compile("Demander un retour")).first.click()
    assert "/_variant/plain/guide/demander-un-retour/" in page.url
