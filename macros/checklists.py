"""Macros for the printable checklists and the follow-up planner (thin adapters to the engine).

- ``checklist(id, level=1)``: one checklist as HTML (real checkboxes with labels, a header that
  only shows on paper: site name, a line for the date, a line for the job).
- ``followup_table(level=1)``: the hand-filled "Mon suivi / My follow-ups" table.
- ``all_checklists()``: every checklist, each on its own printed page.
- ``checklist_links()``: a list of links to every checklist page.
- ``planner_form()`` / ``planner_example()``: the planner's form (shown by its script) and a
  static example timeline computed by the engine at build time (the page works without JS).

All text comes from the engine's catalogs and is HTML-escaped here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from html import escape

from rebond import checklists, planner


def _attr(value: str) -> str:
    return escape(value, quote=True)


class _Ids:
    """Ids unique on the page: a second rendering of the same checklist gets a suffix."""

    def __init__(self, env) -> None:
        self._env = env
        self._seen: dict[str, Counter] = {}

    def prefix(self, checklist_id: str) -> str:
        page = getattr(self._env, "page", None)
        key = getattr(getattr(page, "file", None), "src_uri", "") or ""
        counter = self._seen.setdefault(key, Counter())
        counter[checklist_id] += 1
        n = counter[checklist_id]
        return f"rl-{checklist_id}" + ("" if n == 1 else f"-{n}")

    def reset(self) -> None:
        self._seen.clear()


def _print_header(labels: dict) -> str:
    return (
        '<div class="rebond-checklist__print-header" aria-hidden="true" data-search-exclude>'
        f'<p class="rebond-checklist__brand">{escape(labels["site_name"])}</p>'
        f'<p class="rebond-checklist__line">{escape(labels["date_line"])}'
        '<span class="rebond-checklist__blank"></span></p>'
        f'<p class="rebond-checklist__line">{escape(labels["job_line"])}'
        '<span class="rebond-checklist__blank"></span></p>'
        "</div>"
    )


def _tasks(data: dict, prefix: str) -> str:
    rows = []
    for item in data["items"]:
        box_id = f"{prefix}-{item['id']}"
        rows.append(
            f'<li class="rebond-checklist__item"><input type="checkbox" id="{_attr(box_id)}" '
            f'data-item="{_attr(item["id"])}"> <label for="{_attr(box_id)}">'
            f'{escape(item["text"])}</label></li>'
        )
    return f'<ul class="rebond-checklist__items">{"".join(rows)}</ul>'


def _table(data: dict, labels: dict, title_id: str) -> str:
    head = "".join(f'<th scope="col">{escape(c["label"])}</th>' for c in data["columns"])
    cells = "<td></td>" * len(data["columns"])
    body = "".join(f"<tr>{cells}</tr>" for _ in range(data["rows"]))
    tips = "".join(f"<li>{escape(item['text'])}</li>" for item in data["items"])
    return (
        f'<table class="rebond-followups" aria-labelledby="{title_id}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f'<p class="rebond-checklist__tips-title">{escape(labels["tips"])}</p>'
        f'<ul class="rebond-checklist__tips">{tips}</ul>'
    )


def _controls(data: dict, labels: dict, prefix: str) -> str:
    """On-screen controls, hidden until checklists.js runs (they need it)."""
    remember = ""
    if data["kind"] == "tasks":
        remember_id = f"{prefix}-remember"
        remember = (
            f'<p><input type="checkbox" id="{remember_id}" class="rebond-checklist__remember"> '
            f'<label for="{remember_id}">{escape(labels["remember"])}</label></p>'
            f'<p class="rebond-checklist__note">{escape(labels["storage_note"])}</p>'
        )
        buttons = (
            f'<button type="button" class="md-button rebond-checklist__reset">'
            f'{escape(labels["reset"])}</button> '
        )
    else:
        buttons = ""
    buttons += (f'<button type="button" class="md-button rebond-checklist__print">'
                f'{escape(labels["print"])}</button>')
    return f'<div class="rebond-checklist__controls" hidden>{remember}<p>{buttons}</p></div>'


def render_checklist(checklist_id: str, lang: str, prefix: str, level: int = 1, *, searchable: bool = True) -> str:
    """One checklist as a single-line HTML block (no blank line: Markdown keeps it raw).
    `searchable=False` keeps a second copy (the print-all page) out of search results."""
    data = checklists.get_checklist(checklist_id, lang)
    labels = checklists.labels(lang)
    level = min(max(int(level), 1), 6)
    title_id = f"{prefix}-title"
    body = (_tasks(data, prefix) if data["kind"] == "tasks"
            else _table(data, labels, title_id))
    return (
        f'<section class="rebond-checklist rebond-checklist--{data["kind"]}" '
        f'data-checklist="{_attr(checklist_id)}" aria-labelledby="{title_id}">'
        f"{_print_header(labels)}"
        f'<h{level} id="{title_id}"{"" if searchable else " data-search-exclude"}>{escape(data["title"])}</h{level}>'
        f'<p class="rebond-checklist__intro">{escape(data["intro"])}</p>'
        f"{body}{_controls(data, labels, prefix)}</section>"
    )


def _step_html(step: dict, index: int, prefix: str) -> str:
    title_id = f"{prefix}-step-{index}"
    ref = ""
    if step["reference"]:
        ref = f'<p class="rebond-plan__ref">{escape(step["reference"])}</p>'
    moved = "".join(f'<p class="rebond-plan__moved">{escape(note)}</p>' for note in step["moved"])
    link = ""
    if step["link"]:
        link = (f'<p class="rebond-plan__link"><a href="{_attr(step["link"]["href"])}" '
                f'aria-describedby="{title_id}">{escape(step["link"]["label"])}</a></p>')
    return (
        f'<li class="rebond-plan__step" data-step="{_attr(step["id"])}" '
        f'data-condition="{_attr(step["condition"])}">'
        f'<p class="rebond-plan__date"><time datetime="{step["date"]}">'
        f'{escape(step["date_label"])}</time></p>{moved}'
        f'<h3 class="rebond-plan__title" id="{title_id}">{escape(step["title"])}</h3>'
        f'<p class="rebond-plan__condition">{escape(step["condition_label"])}</p>'
        f'<p class="rebond-plan__why">{escape(step["why"])}</p>{ref}{link}</li>'
    )


def render_plan(the_plan: dict, prefix: str) -> str:
    """A plan (from the engine) as HTML: the same structure planner.js builds with the DOM."""
    steps = "".join(_step_html(s, i, prefix) for i, s in enumerate(the_plan["steps"], 1))
    notes = "".join(f"<li>{escape(note)}</li>" for note in the_plan["notes"])
    stop = the_plan["stop_rule"]
    return (
        f'<ol class="rebond-plan__steps">{steps}</ol>'
        f'<div class="rebond-plan__stop"><h3>{escape(stop["title"])}</h3>'
        f'<p>{escape(stop["text"])}</p></div>'
        f'<ul class="rebond-plan__notes">{notes}</ul>'
    )


def render_form(lang: str) -> str:
    """The planner's form, hidden until planner.js shows it (it needs the engine)."""
    form = planner.texts(lang).FORM
    cats = planner.texts(lang).CATEGORIES

    def field(name: str, control: str, *, label_after: bool = False) -> str:
        label = f'<label for="plan-{name}">{escape(form[name])}</label>'
        hint_key = f"{name}_hint"
        hint = (f'<p class="rebond-field__hint" id="plan-{name}-hint">{escape(form[hint_key])}</p>'
                if hint_key in form else "")
        error = f'<p class="rebond-field__error" id="plan-{name}-error" hidden></p>'
        inner = (f"{control} {label}{hint}{error}" if label_after
                 else f"{label}{hint}{error}{control}")
        kind = " rebond-field--check" if label_after else ""
        return f'<div class="rebond-field{kind}" data-field="{name}">{inner}</div>'

    def described(name: str) -> str:
        return f' aria-describedby="plan-{name}-hint"' if f"{name}_hint" in form else ""

    options = "".join(
        f'<option value="{key}"{" selected" if key == "unknown" else ""}>{escape(label)}</option>'
        for key, label in cats.items()
    )
    fields = "".join([
        field("refusal_date", '<input type="date" id="plan-refusal_date" name="refusal_date" '
              f'required autocomplete="off"{described("refusal_date")}>'),
        field("category", f'<select id="plan-category" name="category"'
              f'{described("category")}>{options}</select>'),
        field("start_date", '<input type="date" id="plan-start_date" name="start_date" '
              f'autocomplete="off"{described("start_date")}>'),
        field("renewal", '<input type="checkbox" id="plan-renewal" name="renewal" value="true"'
              f'{described("renewal")}>', label_after=True),
        field("company", '<input type="text" id="plan-company" name="company" maxlength="120" '
              'autocomplete="organization">'),
        field("position", '<input type="text" id="plan-position" name="position" maxlength="120" '
              'autocomplete="organization-title">'),
    ])
    # Texts planner.js needs (it holds none of its own).
    messages = " ".join(
        f'data-msg-{attr}="{_attr(form[key])}"'
        for attr, key in (("loading", "loading"), ("failed", "engine_failed"), ("past", "past"))
    )
    return (
        f'<form class="rebond-planner" id="rebond-planner" novalidate hidden data-search-exclude lang="{lang}" '
        f"{messages}>"
        '<div class="rebond-planner__summary" id="plan-error-summary" tabindex="-1" hidden>'
        f'<p class="rebond-planner__summary-title">{escape(form["error_summary"])}</p><ul></ul>'
        "</div>"
        f"<fieldset><legend>{escape(form['legend'])}</legend>{fields}</fieldset>"
        f'<p><button type="submit" class="md-button md-button--primary">'
        f'{escape(form["submit"])}</button></p>'
        '<p class="rebond-planner__status" role="status" aria-live="polite"></p>'
        "</form>"
        '<section class="rebond-plan rebond-plan--result" id="rebond-plan-result" hidden '
        'aria-labelledby="rebond-plan-result-title">'
        f'<h2 id="rebond-plan-result-title" tabindex="-1" data-search-exclude>{escape(form["result_heading"])}</h2>'
        '<div class="rebond-plan__body"></div>'
        '<p class="rebond-plan__actions">'
        f'<button type="button" class="md-button" data-action="download">'
        f'{escape(form["download"])}</button> '
        f'<button type="button" class="md-button" data-action="print">{escape(form["print"])}'
        "</button></p></section>"
    )


def register(env, page_lang: Callable[[], str]) -> None:
    """Define this module's macros on the mkdocs-macros ``env``."""
    ids = _Ids(env)

    @env.macro
    def checklist(checklist_id: str, level: int = 1, searchable: bool = True) -> str:
        """One checklist, in the page's language."""
        return render_checklist(checklist_id, page_lang(), ids.prefix(checklist_id), level,
                                searchable=searchable)

    @env.macro
    def followup_table(level: int = 1) -> str:
        """The hand-filled follow-up table ("Mon suivi / My follow-ups")."""
        return checklist("followups", level)

    @env.macro
    def all_checklists(level: int = 2) -> str:
        """Every checklist, each printed on its own page (see checklists.css)."""
        # Each list has its own page: search points there, not at this copy.
        blocks = "".join(checklist(cid, level, searchable=False) for cid in checklists.checklist_ids())
        return f'<div class="rebond-checklist-all">{blocks}</div>'

    @env.macro
    def checklist_links() -> str:
        """A Markdown list of links to every checklist page (relative to the lists' index, so
        MkDocs checks them), each with its introduction."""
        lang = page_lang()
        sep = checklists.labels(lang)["link_sep"]
        return "\n".join(
            f'- [{data["title"]}]({data["slug"]}.md){sep}{data["intro"]}'
            for data in checklists.all_checklists(lang)
        )

    @env.macro
    def planner_form() -> str:
        """The planner's form and its (empty) result area."""
        return render_form(page_lang())

    @env.macro
    def planner_example() -> str:
        """A static example timeline, computed by the engine at build time."""
        lang = page_lang()
        result = planner.plan({**planner.EXAMPLE_FIELDS, "lang": lang}, planner.EXAMPLE_TODAY)
        if not result["ok"]:  # a broken example is a build error, not a silent gap
            raise ValueError(f"planner example failed: {result['errors']}")
        the_plan = result["plan"]
        form = planner.texts(lang).FORM
        summary = planner.texts(lang).EXAMPLE.format(
            refusal=planner.format_date(date.fromisoformat(the_plan["refusal_date"]), lang),
            start=planner.format_date(date.fromisoformat(the_plan["start_date"]), lang),
        )
        return (
            '<section class="rebond-plan rebond-plan--example" '
            'aria-labelledby="rebond-plan-example-title">'
            f'<h2 id="rebond-plan-example-title">{escape(form["example_heading"])}</h2>'
            f'<p class="rebond-plan__summary">{escape(summary)}</p>'
            f"{render_plan(the_plan, 'example')}</section>"
        )
