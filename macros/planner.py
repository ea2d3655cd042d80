"""Macros of the follow-up planner's page (thin adapters to the engine's planner):

- ``planner_form()``: the form (shown by planner.js) and its result area, with the timeline's
  <template> that the script fills;
- ``planner_example()``: a static example timeline computed by the engine at build time (the
  page works without scripts).

The markup is in ``overrides/rebond/planner/`` (rendered by rebond_site.templates); every text
comes from the engine's catalogs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from rebond import fields, planner
from rebond.api import handle
from rebond_site import templates

# The result's <template>: one step with every part, one note (planner.js fills them).
_BLANK_STEP = {"id": "", "condition": "", "date": "", "date_label": "", "moved": [""], "past": True,
               "title": "", "condition_label": "", "why": "", "reference": "", "link": {"href": "", "label": ""}}
BLANK_PLAN = {"steps": [_BLANK_STEP], "stop_rule": {"title": "", "text": ""}, "notes": [""]}


def render_form(theme: Any, lang: str) -> str:
    """The planner's form and its (empty) result area, in `lang`."""
    texts = planner.texts(lang)
    return templates.render(theme, "rebond/planner/form.html", lang=lang, form=texts.FORM,
                            categories=texts.CATEGORIES, specs=fields.PLAN_FIELDS, blank=BLANK_PLAN)


def render_example(theme: Any, lang: str) -> str:
    """The example timeline, computed by the engine now through the page's own op (so its steps
    link to the generator as the page's do); a failure is a build error."""
    args = {**planner.EXAMPLE_FIELDS, "lang": lang, "today": planner.EXAMPLE_TODAY.isoformat()}
    reply = json.loads(handle(json.dumps({"op": "plan", "args": args})))
    result = reply.get("result") or {}
    if not reply["ok"] or not result.get("ok"):  # a broken example is a build error, not a silent gap
        raise ValueError(f"planner example failed: {reply}")
    the_plan = result["plan"]
    texts = planner.texts(lang)
    summary = texts.EXAMPLE.format(
        refusal=planner.format_date(date.fromisoformat(the_plan["refusal_date"]), lang),
        start=planner.format_date(date.fromisoformat(the_plan["start_date"]), lang),
    )
    return templates.render(theme, "rebond/planner/example.html", heading=texts.FORM["example_heading"],
                            summary=summary, plan=the_plan, past_label=texts.FORM["past"])


def register(env: Any, page_lang: Callable[[], str]) -> None:
    """Define this module's macros on the mkdocs-macros ``env``."""

    @env.macro
    def planner_form() -> str:
        """The planner's form and its (empty) result area."""
        return render_form(env.conf["theme"], page_lang())

    @env.macro
    def planner_example() -> str:
        """A static example timeline, computed by the engine at build time."""
        return render_example(env.conf["theme"], page_lang())
