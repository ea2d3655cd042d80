"""The follow-up planner in Chromium: Python only on first use, the timeline from the engine,
errors next to fields with nothing lost, the .ics download, axe in both languages."""

from __future__ import annotations

import json
from datetime import date, timedelta

import icalendar
import pytest

from rebond import planner
from rebond.api import handle
from support.browser import wait_settled

pytestmark = [pytest.mark.browser, pytest.mark.one_visit]

ENGINE_TIMEOUT = 90_000  # Pyodide's first start on a busy machine (not a timing assertion)
LANG_PREFIX = {"fr": "", "en": "en/"}


def _open(page, base_url: str, lang: str = "fr") -> None:
    page.goto(f"{base_url.rstrip('/')}/{LANG_PREFIX[lang]}outils/planificateur/")
    page.locator("#rebond-planner").wait_for(state="visible")


def _fill(page, **fields) -> None:
    for name in ("refusal_date", "start_date", "company", "position"):
        if name in fields:
            page.fill(f"#plan-{name}", fields[name])
    if "category" in fields:
        page.select_option("#plan-category", fields["category"])
    if fields.get("renewal"):
        page.check("#plan-renewal")


def _submit(page) -> None:
    page.locator('#rebond-planner button[type="submit"]').click()


def _expected(lang: str, **fields) -> dict:
    """The same fields through the engine's edge under CPython: the browser must show this plan."""
    args = {**fields, "lang": lang, "today": date.today().isoformat()}
    reply = json.loads(handle(json.dumps({"op": "plan", "args": args})))
    assert reply["ok"], reply
    assert reply["result"]["ok"], reply
    return reply["result"]["plan"]


def test_the_page_works_without_python_until_the_form_is_used(page, base_url) -> None:
    requested: list[str] = []
    page.context.on("request", lambda r: requested.append(r.url))  # workers' requests too
    _open(page, base_url)
    example = page.locator(".rebond-plan--example .rebond-plan__step")
    assert example.count() == len(planner.plan({**planner.EXAMPLE_FIELDS},
                                               planner.EXAMPLE_TODAY)["plan"]["steps"])
    page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "/assets/pyodide/" in u or u.endswith(".whl")]
    with page.context.expect_event("request", lambda r: "/assets/pyodide/" in r.url, timeout=ENGINE_TIMEOUT):
        page.focus("#plan-refusal_date")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_timeline_matches_the_engine_and_links_to_the_generator(page, base_url, lang) -> None:
    fields = {"refusal_date": "2026-01-31", "category": "cadre", "renewal": True,
              "company": "Dupont & Fils", "position": "Cheffe de projet"}
    _open(page, base_url, lang)
    _fill(page, **fields)
    _submit(page)
    result = page.locator("#rebond-plan-result")
    result.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    plan = _expected(lang, **fields)
    steps = result.locator(".rebond-plan__step")
    assert steps.count() == len(plan["steps"])
    for i, step in enumerate(plan["steps"]):
        item = steps.nth(i)
        assert item.locator("time").get_attribute("datetime") == step["date"]
        assert item.locator("time").inner_text() == step["date_label"]
        assert item.locator("h3").inner_text() == step["title"]
        assert item.locator(".rebond-plan__condition").inner_text() == step["condition_label"]
        assert item.locator(".rebond-plan__moved").all_inner_texts() == step["moved"]
        if step["link"] is None:  # a step with nothing to write offers no message
            assert item.locator("a").count() == 0
            continue
        href = item.locator("a").get_attribute("href")
        assert href == step["link"]["href"]
        assert f"kind={step['kind']}" in href
        assert "company=Dupont%20%26%20Fils" in href
    # The link really leads to the generator page of the same language.
    first = steps.nth(0).locator("a").evaluate("a => a.href")
    expected_path = f"/{LANG_PREFIX[lang]}outils/ecrire-mon-message/"
    assert expected_path in first
    assert result.locator(".rebond-plan__stop h3").inner_text() == plan["stop_rule"]["title"]


# The timeline's markup, as it would read without the steps' ids and "(past)" marks: the
# build-time example and the script's result come from one template (overrides/rebond/planner/).
_TIMELINE = """(container) => {
  const copy = container.cloneNode(true);
  for (const mark of copy.querySelectorAll(".rebond-plan__past")) mark.remove();
  for (const node of copy.querySelectorAll("[id], [aria-describedby]")) {
    for (const name of ["id", "aria-describedby"]) {
      if (node.hasAttribute(name)) node.setAttribute(name, node.getAttribute(name).replace(/^(example|result)-/, ""));
    }
  }
  return [...copy.children].filter((c) => c.matches(".rebond-plan__steps, .rebond-plan__stop, .rebond-plan__notes"))
    .map((c) => c.outerHTML).join("");
}"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_scripts_timeline_is_the_build_time_examples_markup(page, base_url, lang) -> None:
    # The example's own fields, sent through the form: the same plan, in the same markup.
    _open(page, base_url, lang)
    _fill(page, **dict(planner.EXAMPLE_FIELDS))
    _submit(page)
    result = page.locator("#rebond-plan-result .rebond-plan__body")
    result.locator(".rebond-plan__step").first.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    example = page.locator(".rebond-plan--example").evaluate(_TIMELINE)
    steps = page.locator(".rebond-plan--example .rebond-plan__step").count()
    assert example.count('<li class="rebond-plan__step"') == steps
    assert steps > 3
    assert result.evaluate(_TIMELINE) == example


def test_the_ics_download_parses_to_the_plans_events(page, base_url) -> None:
    fields = {"refusal_date": (date.today() - timedelta(days=3)).isoformat(),
              "category": "unknown", "renewal": True, "company": "Café; Thé, & Co"}
    _open(page, base_url)
    _fill(page, **fields)
    _submit(page)
    page.locator("#rebond-plan-result").wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    with page.expect_download() as info:
        page.locator('[data-action="download"]').click()
    download = info.value
    assert download.suggested_filename == f"rebond-suivi-{fields['refusal_date']}.ics"
    content = download.path().read_bytes()
    assert b"\r\n" in content
    assert b"\n" not in content.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(content)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    plan = _expected("fr", **fields)
    assert [e.decoded("DTSTART") for e in events] == [date.fromisoformat(s["date"]) for s in plan["steps"]]
    assert all(str(e["SUMMARY"]).endswith("– Café; Thé, & Co") for e in events)


def test_bad_input_shows_messages_next_to_fields_and_keeps_what_was_typed(page, base_url, axe_check) -> None:
    future = (date.today() + timedelta(days=10)).isoformat()
    _open(page, base_url, "en")
    _fill(page, refusal_date=future, start_date="2020-01-01", category="technicien",
          company="Acme", position="Welder")
    _submit(page)
    error = page.locator("#plan-refusal_date-error")
    error.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    assert error.inner_text() == planner.texts("en").ERRORS["future_date"]
    assert page.get_attribute("#plan-refusal_date", "aria-invalid") == "true"
    assert "plan-refusal_date-error" in page.get_attribute("#plan-refusal_date", "aria-describedby")
    summary = page.locator("#plan-error-summary")
    assert summary.is_visible()
    assert page.evaluate("() => document.activeElement.id") == "plan-error-summary"
    assert page.input_value("#plan-refusal_date") == future
    assert page.input_value("#plan-company") == "Acme"
    assert page.input_value("#plan-category") == "technicien"
    assert page.is_checked("#plan-renewal") is False
    assert page.locator("#rebond-plan-result").is_hidden()
    axe_check(page)
    # Fixing the date: the start date is now checked against it, then the errors go away.
    page.fill("#plan-refusal_date", "2026-01-10")
    _submit(page)
    start_error = page.locator("#plan-start_date-error")
    start_error.wait_for(state="visible")
    assert start_error.inner_text() == planner.texts("en").ERRORS["before_refusal"]
    assert page.locator("#plan-refusal_date-error").is_hidden()
    page.fill("#plan-start_date", "")
    _submit(page)
    page.locator("#rebond-plan-result").wait_for(state="visible")
    assert page.locator("#plan-error-summary").is_hidden()
    assert page.get_attribute("#plan-start_date", "aria-invalid") is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_planner_page_passes_axe_before_and_after_a_plan(page, base_url, axe_check, lang) -> None:
    _open(page, base_url, lang)
    axe_check(page)
    _fill(page, refusal_date="2024-02-29", category="employe")
    _submit(page)
    page.locator("#rebond-plan-result").wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    axe_check(page)


def test_printing_the_plan_shows_the_timeline_without_the_form(page, base_url) -> None:
    _open(page, base_url)
    _fill(page, refusal_date="2026-03-31", category="technicien")
    _submit(page)
    page.locator("#rebond-plan-result").wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    page.emulate_media(media="print")
    assert page.locator("#rebond-planner").is_hidden()
    assert page.locator("#rebond-plan-result .rebond-plan__step").first.is_visible()
    assert page.locator(".rebond-plan--example").is_hidden()
    assert page.locator(".md-header").is_hidden()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_error_takes_the_previous_plan_away_and_an_absurd_year_is_named(page, base_url, lang) -> None:
    _open(page, base_url, lang)
    _fill(page, refusal_date="2026-01-10", company="Acme")
    _submit(page)
    result = page.locator("#rebond-plan-result")
    result.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    # A date in the future: the plan of the earlier date is no longer on show as this one's.
    page.fill("#plan-refusal_date", (date.today() + timedelta(days=10)).isoformat())
    _submit(page)
    page.locator("#plan-refusal_date-error").wait_for(state="visible")
    assert result.is_hidden()
    # Year 1900: refused with a message that says what is wrong.
    page.fill("#plan-refusal_date", "1900-01-10")
    _submit(page)
    error = page.locator("#plan-refusal_date-error")
    page.wait_for_function("t => document.getElementById('plan-refusal_date-error').textContent === t",
                           arg=planner.texts(lang).ERRORS["too_old"])
    assert error.is_visible()
    assert result.is_hidden()
    page.fill("#plan-refusal_date", "2026-01-10")
    _submit(page)
    result.wait_for(state="visible")
    assert page.locator("#plan-refusal_date-error").is_hidden()


# Everything the reader reads or uses on the planner's page: the form's parts, the error summary,
# and the timeline (the example, then the result).
PLANNER_PARTS = ("#rebond-planner :is(legend, label, input, select, button, .rebond-field__hint, "
                 ".rebond-field__error, .rebond-error-summary, .rebond-error-summary a), "
                 ".rebond-plan :is(h2, h3, time, p, a, button, li)")
OUTSIDE = """parts => {
  const width = innerWidth;
  return [...document.querySelectorAll(parts)]
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([, box]) => box.width > 0 && (box.left < 0 || box.right > width + 0.5))
    .map(([el, box]) => `${el.tagName.toLowerCase()}#${el.id} "${el.textContent.trim().slice(0, 40)}"`
                        + ` ${Math.round(box.left)}..${Math.round(box.right)}`);
}"""


def _fits(page, width: int) -> None:
    """No sideways scroll, and no label, control or line of the plan past either edge."""
    assert page.evaluate("innerWidth") == width
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    assert page.evaluate(OUTSIDE, PLANNER_PARTS) == []


PHONES = (390, 320)


def _fits_phones(page, axe_check) -> None:
    """The page as it stands, on each phone width in turn: within the screen, and axe clean."""
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 844})
        _fits(page, width)
        wait_settled(page)
        axe_check(page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_planner_fits_a_phone_screen_in_every_state(page, base_url, axe_check, lang) -> None:
    page.set_viewport_size({"width": PHONES[0], "height": 844})
    _open(page, base_url, lang)
    assert page.locator(".rebond-plan--example .rebond-plan__step").first.is_visible()
    _fits_phones(page, axe_check)
    # Errors beside the fields and in the summary.
    page.fill("#plan-refusal_date", "1900-01-10")
    page.fill("#plan-company", "Établissements Dupont-Lefèvre et Associés Internationaux")
    _submit(page)
    page.locator("#plan-refusal_date-error").wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    assert page.locator("#plan-error-summary").is_visible()
    _fits_phones(page, axe_check)
    # A plan, with a long name in it.
    _fill(page, refusal_date="2026-01-31", category="cadre", renewal=True, position="Responsable de la communication")
    _submit(page)
    result = page.locator("#rebond-plan-result")
    result.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    assert result.locator(".rebond-plan__step").count() >= 3
    _fits_phones(page, axe_check)
    # Targets of at least 24 px (WCAG 2.5.8) for every control of the form and the plan.
    small = page.evaluate("""() => [...document.querySelectorAll(
        '#rebond-planner :is(input, select, button), .rebond-plan--result button')]
      .map(el => [el.id || el.textContent.trim(), el.getBoundingClientRect()])
      .filter(([, box]) => box.width < 24 || box.height < 24).map(([name]) => name)""")
    assert small == []
