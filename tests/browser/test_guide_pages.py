"""The guide's pages in Chromium: axe on every page in both languages, print output, the home
page's first action in the first screen, and the timeline (its steps links) on a phone in both
palettes. The `page` fixture fails a test on any request outside
the site, CSP violation or uncaught error (tests/conftest.py)."""

from __future__ import annotations

import pytest

from support.browser import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

GUIDE = [
    "", "guide/encaisser-le-refus/", "guide/remercier/", "guide/demander-un-retour/",
    "guide/garder-le-contact/", "guide/savoir-s-arreter/", "guide/recruteur-reprend-contact/",
    "guide/situations-particulieres/", "guide/apres-plusieurs-refus/", "guide/droits/",
    "faq/", "sources/", "confidentialite/",
]
LANGS = ("fr", "en")

# Material's chrome, which must not reach the paper.
CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search",
          ".md-footer", "[data-rebond-scheme]"]


def url(base_url: str, lang: str, rel: str) -> str:
    return base_url + ("en/" if lang == "en" else "") + rel


def after_content(page, selector: str) -> str:
    """The computed `content` of an element's ::after pseudo-element."""
    return page.eval_on_selector(selector, "el => getComputedStyle(el, '::after').content")


@pytest.mark.parametrize("lang", LANGS)
def test_every_guide_page_has_no_axe_violation(page, base_url, lang):
    # One reader going from page to page (one context: the suite's time goes to the pages, not
    # to starting a browser profile for each); every page's violations are reported together.
    found = {}
    for rel in GUIDE:
        page.goto(url(base_url, lang, rel))
        assert page.locator("html").get_attribute("lang") == lang, rel
        assert page.locator("article h1").count() == 1, rel
        if violations := axe_violations(page):
            found[page.url] = violations
    assert not found, f"axe found WCAG violations:\n{format_violations(found)}"


@pytest.mark.parametrize("lang", LANGS)
def test_guide_pages_have_no_axe_violation_in_the_dark_palette(page, base_url, axe_check, lang):
    # Colour contrast depends on the palette: check the pages with the most colour in dark mode.
    page.emulate_media(color_scheme="dark")
    for rel in ("", "guide/remercier/", "faq/"):
        page.goto(url(base_url, lang, rel))
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        axe_check(page)


@pytest.mark.parametrize("lang", LANGS)
def test_print_hides_navigation_and_shows_the_content(page, base_url, lang):
    page.goto(url(base_url, lang, "guide/remercier/"))
    for selector in CHROME:
        assert page.locator(selector).first.is_visible(), f"{selector} should show on screen"
    page.emulate_media(media="print")
    for selector in CHROME:
        assert not page.locator(selector).first.is_visible(), f"{selector} still shows in print"
    assert not page.locator(".md-tabs, .md-content__button, .headerlink").first.is_visible()
    assert page.locator("article h1").is_visible()
    assert page.locator("article h2").count() >= 3
    assert page.locator("article h2").last.is_visible()
    assert page.locator("article .admonition").first.is_visible()
    # Black on white, whatever the screen palette.
    colours = page.eval_on_selector(
        "article", "el => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]")
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], colours
    # Headings stay with what follows them.
    assert page.eval_on_selector("article h2", "el => getComputedStyle(el).breakAfter") == "avoid"


@pytest.mark.parametrize("lang", LANGS)
def test_print_shows_the_address_of_each_link_but_not_of_anchors(page, base_url, lang):
    page.goto(url(base_url, lang, "sources/"))
    page.emulate_media(media="print")
    external = "article a[href^='https://www.linkedin.com/']"
    assert "linkedin.com/help/linkedin/answer/a550555" in after_content(page, external)
    internal = "article a[href*='outils/planificateur']"
    href = page.get_attribute(internal, "href")
    assert href in after_content(page, internal)
    assert after_content(page, "article a.headerlink") in ("none", "normal")
    page.emulate_media(media="screen")
    assert after_content(page, external) in ("none", "normal")


@pytest.mark.parametrize("lang", LANGS)
def test_print_shows_the_answers_of_the_faq(page, base_url, lang):
    page.goto(url(base_url, lang, "faq/"))
    answer = page.locator("article details.question > p").first
    assert not answer.is_visible(), "answers are folded on screen"
    page.emulate_media(media="print")
    # The CSS shows folded answers on paper; the site's beforeprint script also opens them.
    assert answer.is_visible()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("article details.question:not([open])").count() == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert not answer.is_visible(), "the reader's folding comes back after printing"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_timeline_is_readable_on_a_phone_in_both_palettes(page, base_url, axe_check, lang, scheme):
    page.set_viewport_size({"width": 360, "height": 740})
    page.emulate_media(color_scheme=scheme)
    page.goto(url(base_url, lang, ""))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 360
    # No step, and no link in it, runs off the right edge of the screen.
    right = page.eval_on_selector_all(".rebond-timeline li, .rebond-timeline a",
                                      "els => Math.max(...els.map(e => e.getBoundingClientRect().right))")
    assert right <= 360, right
    # The dots are outlined in the page's text colour, so they show on either background.
    outline, colour = page.eval_on_selector(
        ".rebond-timeline li",
        "el => [getComputedStyle(el, '::before').borderTopColor, getComputedStyle(el).color]")
    assert outline == colour, (outline, colour)
    axe_check(page)


# The viewports of a phone and of a small laptop.
VIEWPORTS = [{"width": 390, "height": 844}, {"width": 1366, "height": 768}]
FIRST_ACTION = {"fr": ("Écrire mon message", "Lire la première étape"),
                "en": ("Write my message", "Read the first step")}


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v['width']}x{v['height']}")
@pytest.mark.parametrize("lang", LANGS)
def test_the_home_pages_first_action_is_in_the_first_screen(page, base_url, axe_check, lang, viewport):
    page.set_viewport_size(viewport)
    page.goto(url(base_url, lang, ""))
    primary_name, second_name = FIRST_ACTION[lang]
    primary = page.locator("article").get_by_role("link", name=primary_name, exact=True).first
    second = page.locator("article").get_by_role("link", name=second_name, exact=True)
    assert "md-button--primary" in primary.get_attribute("class")
    assert page.locator("article a.md-button--primary").count() == 1  # one primary action
    for link in (primary, second):
        box = link.bounding_box()
        assert box, link
        # Wholly in the first screen, not under the header, and a target of 24 px or more.
        header = page.locator(".md-header").bounding_box()
        assert header
        assert box["y"] >= header["y"] + header["height"], box
        assert box["y"] + box["height"] <= viewport["height"], box
        assert box["x"] >= 0, box
        assert box["x"] + box["width"] <= viewport["width"], box
        assert box["height"] >= 24, box
        assert box["width"] >= 24, box
    assert page.evaluate("document.scrollingElement.scrollWidth") <= viewport["width"]
    axe_check(page)
    primary.click()
    page.wait_for_url("**/outils/ecrire-mon-message/")
    assert page.locator("html").get_attribute("lang") == lang
    page.go_back()
    second.click()
    page.wait_for_url("**/guide/encaisser-le-refus/")


@pytest.mark.parametrize("lang", LANGS)
def test_each_timeline_step_links_to_a_guide_page_that_exists(page, base_url, lang):
    page.goto(url(base_url, lang, ""))
    steps = page.locator(".rebond-timeline > ol > li")
    assert steps.count() == 5
    for i in range(steps.count()):
        links = steps.nth(i).locator("p:nth-child(2) a")
        assert links.count() >= 1, steps.nth(i).inner_text()
        for j in range(links.count()):
            link = links.nth(j)
            assert link.is_visible()
            href = link.evaluate("a => a.href")
            assert href.startswith(url(base_url, lang, "guide/")), href
            response = page.request.get(href)
            assert response.status == 200, href
            # An anchor in the link names a heading on that page.
            anchor = href.partition("#")[2]
            if anchor:
                assert f'id="{anchor}"' in response.text(), href


SWITCH = {"fr": ("Passer en mode sombre", "Passer en mode clair"),
          "en": ("Switch to dark mode", "Switch to light mode")}


@pytest.mark.parametrize("lang", LANGS)
def test_the_light_dark_switch_follows_the_system_until_the_reader_chooses(page, base_url, lang):
    to_dark, to_light = SWITCH[lang]
    switch = page.locator("[data-rebond-scheme]")
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    # No choice yet: the system's setting, already at the first paint (the inline script).
    page.emulate_media(color_scheme="dark")
    page.goto(url(base_url, lang, "guide/remercier/"), wait_until="domcontentloaded")
    assert page.evaluate(scheme) == "slate"
    assert switch.get_attribute("aria-label") == to_light
    page.emulate_media(color_scheme="light")
    page.goto(url(base_url, lang, "faq/"))
    assert page.evaluate(scheme) == "default"
    assert switch.get_attribute("aria-label") == to_dark
    # Theme's own palette form (which restyles the page at load) is not used.
    assert page.locator("[data-md-component='palette']").count() == 0
    # A choice, by keyboard: kept for the next pages, whatever the system says.
    switch.focus()
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "slate"
    assert switch.get_attribute("aria-label") == to_light
    assert switch.get_attribute("title") == to_light
    assert page.evaluate("() => localStorage.getItem('rebond:scheme')") == "slate"
    page.goto(url(base_url, lang, ""), wait_until="domcontentloaded")
    assert page.evaluate(scheme) == "slate"
    page.emulate_media(color_scheme="dark")
    page.locator("[data-rebond-scheme]").click()
    assert page.evaluate(scheme) == "default"
    assert switch.get_attribute("aria-label") == to_dark
    page.reload()
    assert page.evaluate(scheme) == "default"
    # A target of at least 24 px.
    box = switch.bounding_box()
    assert box
    assert box["width"] >= 24
    assert box["height"] >= 24
