"""Build-time HTML of the message generator: the form and a complete default message.

``register(env, page_lang)`` defines ``generator_form()``. The form is rendered from the
engine's field specs (:mod:`rebond.fields`) and the interface catalog
(each language pack's ``ui`` module, :mod:`rebond.locales`), so it reads and works without JavaScript: labels,
hints, fieldsets grouped by what the reader knows, defaults, and the default message composed
by the engine from those very defaults (so the first live update changes nothing until the
reader does).

It is written as the page's script leaves it when there is no draft: buttons that need the
script shown, channels that do not suit the default kind hidden, the form's data-kind/-channel
set, the engine's "loading" status written. The script's start then changes nothing, so it
never lays the page out again while the theme's own start measures it. Without scripts, the
page's ``noscript_css`` stylesheet hides those buttons and that status (overrides/main.html).

Field ``name``s are the engine's field names. The page's script receives the strings and the
schema it needs as a JSON data block (allowed by the CSP: it never runs).

The markup is in ``overrides/rebond/generator/`` (rendered by rebond_site.templates as one line
of HTML, line breaks inside text areas written as ``&#10;``); this module prepares what it shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rebond import compose, fields, locales, uses
from rebond.api import handle, summary
from rebond.mailto import mailto, webmail
from rebond_site import templates

UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}

# Fieldsets, in reading order: what happened and the message it calls for, then what the reader
# knows. "situation" is the guided start's first question (rebond.uses.SITUATIONS), not a field
# of the engine's: it chooses which kinds are offered.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("message", ("situation", "kind", "channel", "lang")),
    ("you", ("sender_name", "sender_gender")),
    ("recruiter", ("recipient_name", "recipient_gender", "recipient_email", "company")),
    ("process", ("position", "alt_position", "detail", "feedback_topics", "skill", "new_skill", "takeaway")),
    ("say", ("comeback_answer", "reason", "tone", "keep_cv", "disappointment", "good_luck")),
    ("letter", ("sender_address", "sender_email", "sender_phone", "recipient_address", "place", "date")),
)
# Shown only when they matter: a field only where the message reads it (rebond.uses, for the
# kind, the channel and the message's language; generator/main.js follows the same table), a group
# only while one of its fields shows; the letter's group also by CSS on the form's data-channel.
ONLY_CHANNEL_GROUP = {"letter": "letter"}
# The kinds in the order of the situations they answer (each situation's, the most usual first).
KINDS_BY_SITUATION = tuple(kind for kinds in uses.SITUATIONS.values() for kind in kinds)
# Always asked: they choose the message itself.
ALWAYS = frozenset({"kind", "channel"})
# The reader's own details: browsers may fill them in (WCAG 1.3.5, input purpose).
AUTOCOMPLETE = {"sender_name": "name", "sender_email": "email", "sender_phone": "tel",
                "sender_address": "street-address", "recipient_email": "off"}
# Text fields that are not plain text (the others are, or text areas: fields.FIELDS' multiline).
INPUT_TYPE = {"sender_email": "email", "recipient_email": "email", "sender_phone": "tel"}
# Text fields this long (or longer) are text areas with a live character count.
COUNTED = 300
# Choice fields whose options are labelled "<prefix><value>" in the catalog.
OPTION_PREFIX = {"kind": "kind_", "channel": "channel_", "lang": "lang_", "tone": "tone_",
                 "sender_gender": "gender_sender_", "recipient_gender": "gender_recipient_",
                 "feedback_topics": "topic_", "comeback_answer": "answer_"}
DEFAULT_KIND = "thanks"


def initial_fields(lang: str) -> dict[str, Any]:
    """The form's starting values: the engine's defaults, the first kind, the page's language."""
    values = dict(fields.DEFAULTS)
    values.update(kind=DEFAULT_KIND, channel=fields.COMBINATIONS[DEFAULT_KIND][0], lang=lang)
    return values


def _situation(ui: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
    """The guided start's question, "What happened?": one radio per situation."""
    current = uses.situation_of(values["kind"])
    return {"name": "situation", "label": ui["label_situation"], "hint": ui["hint_situation"], "hidden": False,
            "type": "radios", "options": [{"value": name, "label": ui[f"situation_{name}"], "checked": name == current,
                                           "off": False, "hide": False}
                                          for name in uses.SITUATIONS]}


def _field(ui: dict[str, str], name: str, values: dict[str, Any], used: frozenset[str]) -> dict[str, Any]:
    """What the template needs of one field (overrides/rebond/generator/fields.html)."""
    if name == "situation":
        return _situation(ui, values)
    spec = fields.FIELDS[name]
    kind = values["kind"]
    view: dict[str, Any] = {"name": name, "label": ui[f"label_{name}"], "hint": ui.get(f"hint_{name}") or None,
                            "hidden": name not in ALWAYS and name not in used}
    if spec["type"] in ("choice", "list"):
        multiple = spec["type"] == "list"
        # Channels that do not suit the kind are hidden and disabled; kinds of another situation
        # hidden only (a prefill link or a draft may choose one: the situation then follows).
        allowed = fields.COMBINATIONS[kind] if name == "channel" else None
        offered = uses.SITUATIONS[uses.situation_of(kind)] if name == "kind" else None
        value = values[name]
        view["type"] = "checkboxes" if multiple else "radios"
        view["options"] = [{"value": option, "label": ui[OPTION_PREFIX[name] + option],
                            "checked": option in value if multiple else option == value,
                            "off": allowed is not None and option not in allowed,
                            "hide": offered is not None and option not in offered}
                           for option in (KINDS_BY_SITUATION if name == "kind" else spec["values"])]
    else:
        counted = spec["max"] >= COUNTED
        view["type"] = "textarea" if spec.get("multiline") or counted else INPUT_TYPE.get(name, "text")
        view.update(value=values[name], autocomplete=AUTOCOMPLETE.get(name, "off"), spellcheck=name == "detail",
                    max=spec["max"] if counted else None,
                    count=ui["char_count"].format(n=len(values[name]), max=spec["max"]) if counted else None)
    return view


def _groups(ui: dict[str, str], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The form's groups of fields, in reading order; yes/no fields as one group of options.
    What the starting message does not read is written hidden, as the script leaves it."""
    used = frozenset(uses.uses(values["kind"], values["channel"], values["lang"]))
    groups = []
    for group, names in GROUPS:
        bools = [n for n in names if n in fields.FIELDS and fields.FIELDS[n]["type"] == "bool"]
        shown = [_field(ui, n, values, used) for n in names if n not in bools]
        options = [{"name": n, "label": ui[f"label_{n}"], "checked": bool(values[n]), "hidden": n not in used}
                   for n in bools]
        groups.append({
            "name": group, "label": ui[f"group_{group}"], "hint": ui.get(f"group_{group}_hint"),
            "only_channel": ONLY_CHANNEL_GROUP.get(group),
            "fields": shown, "options": options,
            "options_hidden": (options_hidden := all(o["hidden"] for o in options)),
            "hidden": options_hidden and all(f["hidden"] for f in shown),
        })
    return groups


def _data_json(lang: str) -> str:
    """What the page's script reads (strings, schema, starting values), as a JSON data block's text."""
    schema = json.loads(handle(json.dumps({"op": "schema"})))["result"]
    # The guide's sections the review links to are paths from the language's root: the
    # generator page (outils/ecrire-mon-message/) is two folders below it.
    data = {"lang": lang, "strings": UI[lang], "schema": schema, "initial": initial_fields(lang),
            "guide_base": "../../"}
    # "<" escaped so that no text can close the data block.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_generator(theme: Any, lang: str) -> str:
    """The whole generator, in the page's language, as one line of HTML."""
    ui = UI[lang]
    values = initial_fields(lang)
    result = compose(values)
    if not result["ok"]:  # the default message is part of the page: a failure is a build error
        raise ValueError(f"default message could not be composed: {result['errors']}")
    findings = json.loads(handle(json.dumps({"op": "review", "args": {
        "text": result["body"], "lang": result["lang"], "kind": result["kind"],
        "channel": result["channel"], "ui_lang": lang}})))["result"]
    return templates.render(theme, "rebond/generator/form.html", ui=ui, values=values, groups=_groups(ui, values),
                            result=result, findings=findings, data_json=_data_json(lang),
                            summary=summary(result["body"], findings, ui),
                            mailto=mailto("", result["subject"], result["body"])["url"],
                            webmail=webmail("", result["subject"], result["body"]))


def register(env: Any, page_lang: Callable[[], str]) -> None:
    """Define ``generator_form()`` on the mkdocs-macros ``env``."""

    @env.macro
    def generator_form() -> str:
        return render_generator(env.conf["theme"], page_lang())
