"""Checklists in Chromium: one A4 sheet each on paper, ticks kept only when asked, axe clean."""

from __future__ import annotations

import re

import pytest

from rebond import checklists

pytestmark = pytest.mark.browser

LANG_PREFIX = {"fr": "", "en": "en/"}
SPECS = [checklists.spec(cid) for cid in checklists.checklist_ids()]
# Page objects of a PDF ("/Type /Pages" is the page tree, not a page).
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![s\w])")
A4_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+(59[45](?:\.\d+)?)\s+(84[12](?:\.\d+)?)\s*\]")


def _url(base_url: str, lang: str, slug: str) -> str:
    path = f"{LANG_PREFIX[lang]}outils/listes/{slug}/".replace("//", "/")
    return f"{base_url.rstrip('/')}/{path}"


def _pdf_pages(pdf: bytes) -> int:
    assert pdf.startswith(b"%PDF")
    boxes = A4_MEDIABOX.findall(pdf)
    assert boxes, "no A4 MediaBox in the PDF"
    return len(PAGE_OBJECT.findall(pdf))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.id for s in SPECS])
def test_each_checklist_prints_on_one_a4_page_with_boxes_and_no_navigation(page, base_url, lang, spec) -> None:
    page.goto(_url(base_url, lang, spec.slug))
    page.emulate_media(media="print")
    data = checklists.get_checklist(spec.id, lang)
    section = page.locator(f'.rebond-checklist[data-checklist="{spec.id}"]')
    header = section.locator(".rebond-checklist__print-header")
    assert header.is_visible()
    assert "Rebond" in header.inner_text()
    assert header.locator(".rebond-checklist__blank").count() == 2  # date and job lines
    if spec.kind == "tasks":
        boxes = section.locator('input[type="checkbox"][data-item]')
        assert boxes.count() == len(data["items"])
        for i in range(boxes.count()):
            assert boxes.nth(i).is_visible()
            assert not boxes.nth(i).is_checked()
    else:
        assert section.locator("table.rebond-followups tbody tr").count() == data["rows"]
        assert section.locator("th").all_inner_texts() == [c["label"] for c in data["columns"]]
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search",
                   ".rebond-checklist__controls", ".rebond-screen-only"):
        items = page.locator(chrome)
        assert all(not items.nth(i).is_visible() for i in range(items.count())), chrome
    # Dark on white, whatever the palette.
    colors = section.evaluate("s => [getComputedStyle(s).color, getComputedStyle(s).backgroundColor]")
    assert colors == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
    assert _pdf_pages(page.pdf(format="A4")) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_print_all_puts_each_checklist_on_its_own_page(page, base_url, lang) -> None:
    page.goto(_url(base_url, lang, "tout-imprimer"))
    page.emulate_media(media="print")
    assert page.locator(".rebond-checklist").count() == len(SPECS)
    assert _pdf_pages(page.pdf(format="A4")) == len(SPECS)


def test_dark_palette_still_prints_dark_on_white(page, base_url) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(_url(base_url, "fr", "sous-48-heures"))
    page.emulate_media(media="print", color_scheme="dark")
    label = page.locator(".rebond-checklist__item label").first
    assert label.evaluate("l => getComputedStyle(l).color") == "rgb(0, 0, 0)"


def _ours(page) -> list[str]:
    """Our localStorage keys (the theme keeps its own, e.g. the palette)."""
    return page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('rebond:'))")


def _boxes(page):
    return page.locator('.rebond-checklist input[data-item]')


def test_ticks_are_forgotten_unless_the_reader_asks(page, base_url) -> None:
    page.goto(_url(base_url, "fr", "dans-l-heure"))
    _boxes(page).nth(0).check()
    _boxes(page).nth(2).check()
    page.reload()
    assert not any(_boxes(page).nth(i).is_checked() for i in range(_boxes(page).count()))
    assert _ours(page) == []


def test_ticks_are_kept_across_reload_when_asked_and_reset_clears_them(page, base_url) -> None:
    page.goto(_url(base_url, "en", "dans-l-heure"))
    remember = page.locator(".rebond-checklist__remember")
    assert remember.is_visible()
    remember.check()
    _boxes(page).nth(1).check()
    _boxes(page).nth(3).check()
    assert _ours(page) == ["rebond:checklist:first_hour"]
    page.reload()
    states = [_boxes(page).nth(i).is_checked() for i in range(_boxes(page).count())]
    assert [i for i, s in enumerate(states) if s] == [1, 3]
    assert page.locator(".rebond-checklist__remember").is_checked()
    # The same list on the French page and on "print all" shares the ticks.
    page.goto(_url(base_url, "fr", "tout-imprimer"))
    first_hour = page.locator('.rebond-checklist[data-checklist="first_hour"] input[data-item]')
    assert first_hour.nth(1).is_checked()
    assert not first_hour.nth(0).is_checked()
    page.goto(_url(base_url, "en", "dans-l-heure"))
    page.locator(".rebond-checklist__reset").click()
    assert not any(_boxes(page).nth(i).is_checked() for i in range(_boxes(page).count()))
    assert _ours(page) == []
    page.reload()
    assert not _boxes(page).nth(1).is_checked()


def test_unticking_keep_forgets_the_stored_ticks(page, base_url) -> None:
    page.goto(_url(base_url, "fr", "avant-d-envoyer"))
    page.locator(".rebond-checklist__remember").check()
    _boxes(page).nth(0).check()
    assert _ours(page) == ["rebond:checklist:before_sending"]
    page.locator(".rebond-checklist__remember").uncheck()
    assert _ours(page) == []
    page.reload()
    assert not _boxes(page).nth(0).is_checked()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("slug", ["", "tout-imprimer"] + [s.slug for s in SPECS])
def test_checklist_pages_pass_axe_and_load_no_python(page, base_url, axe_check, lang, slug) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(_url(base_url, lang, slug))
    assert page.locator("html").get_attribute("lang").startswith(lang)
    axe_check(page)
    assert not [u for u in requested if "/assets/pyodide/" in u or u.endswith(".whl")]
