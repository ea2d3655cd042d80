"""Checklists in Chromium: one A4 sheet each on paper, filled, at a readable size, ticks printed as
ticked on screen; ticks kept only when asked, axe clean."""

from __future__ import annotations

import base64
import itertools
import re

import pytest

from rebond import checklists
from support.browser import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

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
def test_each_checklist_prints_on_one_a4_page_with_boxes_and_no_navigation(page, base_url, lang) -> None:
    # The lists one after the other in one page, as a reader printing them one by one would.
    for spec in SPECS:
        page.emulate_media(media="screen")
        page.goto(_url(base_url, lang, spec.slug))
        _prints_on_one_sheet(page, lang, spec)


def _prints_on_one_sheet(page, lang: str, spec) -> None:
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


# An A4 sheet less checklists.css's @page margins (15 mm each side), in CSS pixels (96 per inch).
MM = 96 / 25.4
SHEET_WIDTH = round((210 - 30) * MM)
SHEET_HEIGHT = (297 - 30) * MM
PT = 96 / 72
# What a list is on paper, laid out at the sheet's width: its height, its height without the
# notes lines (what it needs), and the size of each kind of text and of its boxes.
ON_PAPER = """section => {
  const px = el => parseFloat(getComputedStyle(el).fontSize);
  const texts = [...section.querySelectorAll(
    '.rebond-checklist__intro, .rebond-checklist__item label, .rebond-checklist__tips li, '
    + 'th, td, .rebond-checklist__notes-title')];
  const notes = section.querySelector('.rebond-checklist__notes');
  const box = section.getBoundingClientRect();
  return {
    height: box.height,
    needs: notes ? notes.getBoundingClientRect().top - box.top : box.height,
    smallest: Math.min(...texts.map(px)),
    boxes: [...section.querySelectorAll('input[data-item]')].map(b => {
      const r = b.getBoundingClientRect();
      return Math.min(r.width, r.height);
    }),
  };
}"""


def _on_paper(page, url: str) -> list[dict]:
    page.set_viewport_size({"width": SHEET_WIDTH, "height": 1000})
    page.goto(url)
    page.emulate_media(media="print")
    return page.locator(".rebond-checklist").evaluate_all(f"all => all.map({ON_PAPER})")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_printed_list_is_readable_and_fills_its_sheet(page, base_url, lang) -> None:
    for spec in SPECS:
        page.emulate_media(media="screen")
        [paper] = _on_paper(page, _url(base_url, lang, spec.slug))
        assert paper["smallest"] >= 11 * PT, (spec.id, paper)  # no text under 11 pt
        assert all(side >= 4 * MM for side in paper["boxes"]), (spec.id, paper)  # boxes of 4 mm or more
        # The sheet is used: at least four fifths of it, not a third with the rest blank.
        assert paper["height"] >= 0.8 * SHEET_HEIGHT, (spec.id, paper)
        assert paper["height"] <= SHEET_HEIGHT, (spec.id, paper)
        assert _pdf_pages(page.pdf(format="A4")) == 1, spec.id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_print_all_uses_no_more_sheets_than_the_lists_need(page, base_url, lang) -> None:
    papers = _on_paper(page, _url(base_url, lang, "tout-imprimer"))
    assert len(papers) == len(SPECS)
    assert _pdf_pages(page.pdf(format="A4")) == len(SPECS)
    # One sheet each is what they need: no two neighbours would fit on one sheet, whole.
    for first, second in itertools.pairwise(papers):
        assert first["needs"] + second["needs"] > SHEET_HEIGHT, (first, second)
    assert all(p["smallest"] >= 11 * PT for p in papers), papers


# Dark pixels in the inside of a box (its border left out), from a screenshot: counted in a
# canvas on a blank page, which has no policy of the site's to refuse the image.
DARK_PIXELS = """async png => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + png;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 128) dark++;
  return dark;
}"""


def _inside_dark_pixels(page, blank, box) -> int:
    box.scroll_into_view_if_needed()
    rect = box.bounding_box()
    assert rect
    inset = 4  # past the 1.2 pt border
    png = page.screenshot(clip={"x": rect["x"] + inset, "y": rect["y"] + inset,
                                "width": rect["width"] - 2 * inset, "height": rect["height"] - 2 * inset})
    return blank.evaluate(DARK_PIXELS, base64.b64encode(png).decode())


@pytest.mark.parametrize("slug", ["avant-d-envoyer", "tout-imprimer"])
def test_a_box_ticked_on_screen_prints_ticked_and_the_others_print_empty(page, context, base_url, slug) -> None:
    page.goto(_url(base_url, "fr", slug))
    section = page.locator('.rebond-checklist[data-checklist="before_sending"]')
    boxes = section.locator("input[data-item]")
    boxes.nth(1).check()
    page.emulate_media(media="print")
    assert boxes.nth(1).evaluate("b => getComputedStyle(b).appearance") == "none"  # the drawn box
    blank = context.new_page()
    blank.set_content("<!doctype html><title>pixels</title>")
    ticked = _inside_dark_pixels(page, blank, boxes.nth(1))
    empty = [_inside_dark_pixels(page, blank, boxes.nth(i)) for i in (0, 2)]
    area = (boxes.nth(1).bounding_box() or {})["width"] ** 2
    assert ticked >= 0.08 * area, (ticked, area)  # a tick, not a speck
    assert empty == [0, 0]
    # Unticked on screen again: it prints empty.
    page.emulate_media(media="screen")
    boxes.nth(1).uncheck()
    page.emulate_media(media="print")
    assert _inside_dark_pixels(page, blank, boxes.nth(1)) == 0


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
def test_checklist_pages_pass_axe_and_load_no_python(page, base_url, lang) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    found = {}
    for slug in ["", "tout-imprimer"] + [s.slug for s in SPECS]:
        page.goto(_url(base_url, lang, slug))
        assert page.locator("html").get_attribute("lang").startswith(lang), slug
        if violations := axe_violations(page):
            found[page.url] = violations
    assert not found, f"axe found WCAG violations:\n{format_violations(found)}"
    assert not [u for u in requested if "/assets/pyodide/" in u or u.endswith(".whl")]
