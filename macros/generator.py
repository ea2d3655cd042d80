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

The output is one line of HTML: Markdown would end a raw HTML block at a blank line, so line
breaks inside text areas are written as ``&#10;``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from typing import Any

from rebond import compose, fields, locales
from rebond.api import handle
from rebond.mailto import mailto

UI = {lang: locales.pack(lang).ui.UI for lang in locales.codes()}

# Fieldsets, in reading order: what the message is, then what the reader knows.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("message", ("kind", "channel", "lang")),
    ("you", ("sender_name", "sender_gender")),
    ("recruiter", ("recipient_name", "recipient_gender", "company")),
    ("process", ("position", "alt_position", "detail", "feedback_topics", "skill", "new_skill", "takeaway")),
    ("say", ("comeback_answer", "reason", "tone", "keep_cv", "disappointment", "good_luck")),
    ("letter", ("sender_address", "sender_email", "sender_phone", "recipient_address", "place", "date")),
)
# Shown only when they matter: the letter's group by CSS on the form's data-channel; the fields of
# some kinds (fields.FOR_KINDS) hidden by the page for other kinds (data-kinds, which the script follows).
ONLY_CHANNEL_GROUP = {"letter": "letter"}
# The reader's own details: browsers may fill them in (WCAG 1.3.5, input purpose).
AUTOCOMPLETE = {"sender_name": "name", "sender_email": "email", "sender_phone": "tel",
                "sender_address": "street-address"}
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


def _attrs(**attrs: Any) -> str:
    """HTML attributes, escaped; True gives a bare attribute, None/False leaves it out."""
    out = []
    for key, value in attrs.items():
        name = key.rstrip("_").replace("_", "-")
        if value is True:
            out.append(f" {name}")
        elif value not in (None, False):
            out.append(f' {name}="{escape(str(value))}"')
    return "".join(out)


def _text(value: str) -> str:
    """Escaped text whose line breaks survive Markdown's raw-HTML handling."""
    return escape(value).replace("\r\n", "\n").replace("\n", "&#10;")


def _hint(ui: dict[str, str], name: str) -> tuple[str, str | None]:
    text = ui.get(f"hint_{name}")
    if not text:
        return "", None
    hint_id = f"gen-{name}-hint"
    return f'<p class="rebond-field__hint"{_attrs(id=hint_id)}>{escape(text)}</p>', hint_id


def _for_kinds(name: str, kind: str) -> dict[str, Any]:
    """The attributes of a field that only some kinds use: which kinds, and hidden for the others."""
    kinds = fields.FOR_KINDS.get(name)
    return {"data_kinds": " ".join(kinds), "hidden": kind not in kinds} if kinds else {}


def _error(name: str) -> str:
    return f'<p class="rebond-field__error"{_attrs(id=f"gen-{name}-error")} hidden></p>'


def _choices(ui: dict[str, str], name: str, value: Any, multiple: bool = False,
             allowed: tuple[str, ...] | None = None, kind: str = "") -> str:
    """A fieldset of radios (one value) or checkboxes (a list), with legend, hint and error.

    Options outside ``allowed`` (channels that do not suit the kind) are hidden and disabled.
    """
    spec = fields.FIELDS[name]
    hint, hint_id = _hint(ui, name)
    items = []
    for option in spec["values"]:
        checked = option in value if multiple else option == value
        off = allowed is not None and option not in allowed
        input_id = f"gen-{name}-{option}"
        items.append(
            f'<div class="rebond-choice"{_attrs(data_value=option, hidden=off)}>'
            f'<input{_attrs(type="checkbox" if multiple else "radio", id=input_id, name=name, value=option,
                            checked=checked, disabled=off)}>'
            f'<label{_attrs(for_=input_id)}>{escape(ui[OPTION_PREFIX[name] + option])}</label></div>'
        )
    message_kind, kind = kind, "checkboxes" if multiple else "radios"
    attrs = _attrs(id=f"gen-{name}", data_field=name, aria_describedby=hint_id, **_for_kinds(name, message_kind))
    return (f'<fieldset class="rebond-field rebond-field--{kind}"{attrs}>'
            f'<legend>{escape(ui[f"label_{name}"])}</legend>{hint}{_error(name)}'
            f'<div class="rebond-choices">{"".join(items)}</div></fieldset>')


def _text_field(ui: dict[str, str], name: str, value: str, kind: str) -> str:
    spec = fields.FIELDS[name]
    hint, hint_id = _hint(ui, name)
    input_id = f"gen-{name}"
    common = {"id": input_id, "name": name, "aria_describedby": hint_id,
              "autocomplete": AUTOCOMPLETE.get(name, "off"), "spellcheck": "true" if name == "detail" else None}
    if spec.get("multiline"):
        control = f'<textarea{_attrs(rows=3, **common)}>{_text(value)}</textarea>'
    else:
        kind = {"sender_email": "email", "sender_phone": "tel"}.get(name, "text")
        control = f'<input{_attrs(type=kind, value=value, **common)}>'
    return (f'<div class="rebond-field"{_attrs(data_field=name, **_for_kinds(name, kind))}>'
            f'<label{_attrs(for_=input_id)}>{escape(ui[f"label_{name}"])}</label>{hint}{_error(name)}{control}</div>')


def _options(ui: dict[str, str], names: tuple[str, ...], values: dict[str, Any]) -> str:
    """The message's yes/no parts, as one group of checkboxes."""
    items = []
    for name in names:
        input_id = f"gen-{name}"
        items.append(f'<div class="rebond-choice"{_attrs(data_field=name)}>'
                     f'<input{_attrs(type="checkbox", id=input_id, name=name, value="true",
                                     checked=bool(values[name]))}>'
                     f'<label{_attrs(for_=input_id)}>{escape(ui[f"label_{name}"])}</label>{_error(name)}</div>')
    return (f'<fieldset class="rebond-field rebond-field--checkboxes"><legend>{escape(ui["label_options"])}</legend>'
            f'<div class="rebond-choices">{"".join(items)}</div></fieldset>')


def _field(ui: dict[str, str], name: str, values: dict[str, Any]) -> str:
    spec = fields.FIELDS[name]
    if spec["type"] == "choice":
        allowed = fields.COMBINATIONS[values["kind"]] if name == "channel" else None
        return _choices(ui, name, values[name], allowed=allowed, kind=values["kind"])
    if spec["type"] == "list":
        return _choices(ui, name, values[name], multiple=True, kind=values["kind"])
    return _text_field(ui, name, values[name], values["kind"])


def _group(ui: dict[str, str], group: str, names: tuple[str, ...], values: dict[str, Any]) -> str:
    bools = tuple(n for n in names if fields.FIELDS[n]["type"] == "bool")
    body = "".join(_field(ui, n, values) for n in names if n not in bools)
    if bools:
        body += _options(ui, bools, values)
    hint = ui.get(f"group_{group}_hint")
    hint_html = f'<p class="rebond-field__hint">{escape(hint)}</p>' if hint else ""
    only = ONLY_CHANNEL_GROUP.get(group)
    return (f'<fieldset class="rebond-gen__group"{_attrs(data_group=group, data_only_channel=only)}>'
            f'<legend class="rebond-gen__legend">{escape(ui[f"group_{group}"])}</legend>{hint_html}{body}</fieldset>')


def _button(label: str, action: str, **attrs: Any) -> str:
    attributes = _attrs(type="button", class_="md-button rebond-js-only", data_action=action, **attrs)
    return f'<button{attributes}>{escape(label)}</button>'


def _output(ui: dict[str, str], result: dict[str, Any], lang: str) -> str:
    """The message: editable subject and body, the ways to leave with it, the review."""
    link = mailto("", result["subject"], result["body"])
    findings = json.loads(handle(json.dumps({"op": "review", "args": {
        "text": result["body"], "lang": result["lang"], "kind": result["kind"],
        "channel": result["channel"], "ui_lang": lang}})))["result"]
    review_items = "".join(f'<li class="rebond-finding">{escape(f["message"])}</li>' for f in findings)
    return (
        '<section class="rebond-gen__output" id="gen-output" aria-labelledby="gen-output-title">'
        f'<h2 id="gen-output-title" data-search-exclude>{escape(ui["output_title"])}</h2>'
        f'<p class="rebond-field__hint" id="gen-output-hint">{escape(ui["output_hint"])}</p>'
        f'<div class="rebond-field" data-output="subject">'
        f'<label for="gen-subject">{escape(ui["label_subject"])}</label>'
        f'<textarea id="gen-subject" name="subject" rows="2" spellcheck="true" lang="{escape(result["lang"])}">'
        f'{_text(result["subject"])}</textarea></div>'
        f'<div class="rebond-field" data-output="body"><label for="gen-body">{escape(ui["label_body"])}</label>'
        f'<textarea id="gen-body" name="body" rows="16" spellcheck="true" lang="{escape(result["lang"])}"'
        f' aria-describedby="gen-output-hint gen-count">{_text(result["body"])}</textarea>'
        '<p class="rebond-gen__count" id="gen-count" hidden></p></div>'
        # A LinkedIn note that needs a Premium account: its 200-character form, one click away.
        '<div class="rebond-gen__short" id="gen-short" hidden>'
        f'<p class="rebond-field__hint">{escape(ui["short_title"])}</p>'
        f'<p class="rebond-gen__short-text" data-short-text lang="{escape(result["lang"])}"></p>'
        + _button(ui["short_use"], "use-short") + '</div>'
        '<div class="rebond-gen__actions">'
        + _button(ui["variant"], "variant")
        + _button(ui["copy_subject"], "copy-subject")
        + _button(ui["copy_body"], "copy-body")
        + _button(ui["download_txt"], "download-txt")
        + _button(ui["download_eml"], "download-eml")
        + f'<a class="md-button" id="gen-mailto" data-action="mailto"{_attrs(href=link["url"])}>'
        + f'{escape(ui["mailto"])}</a>'
        + _button(ui["print"], "print", aria_describedby="gen-print-hint")
        + '</div>'
        f'<p class="rebond-field__hint" id="gen-mailto-note" hidden></p>'
        f'<p class="rebond-field__hint" id="gen-print-hint" hidden>{escape(ui["print_hint"])}</p>'
        '<p class="rebond-gen__action-status" id="gen-action-status" role="status"></p>'
        '<section class="rebond-gen__review" aria-labelledby="gen-review-title">'
        f'<h3 id="gen-review-title" data-search-exclude>{escape(ui["review_title"])}</h3>'
        f'<p id="gen-review-none"{_attrs(hidden=bool(findings))}>{escape(ui["review_none"])}</p>'
        f'<ul class="rebond-gen__findings" id="gen-findings">{review_items}</ul>'
        '<p class="rebond-gen__action-status" id="gen-review-status" role="status"></p>'
        # Spelling: a dictionary downloaded only when the reader asks (rebond.spelling).
        '<div class="rebond-gen__spell rebond-js-only">'
        + _button(ui["spell_check"], "spell", aria_describedby="gen-spell-hint")
        + f'<p class="rebond-field__hint" id="gen-spell-hint">{escape(ui["spell_hint"])}</p>'
        '<p class="rebond-gen__action-status" id="gen-spell-status" role="status"></p></div></section>'
        '</section>'
    )


def _keep(ui: dict[str, str]) -> str:
    """Draft on this device (opt-in), delete my data, link to this draft: script only."""
    return (
        '<fieldset class="rebond-gen__group rebond-gen__keep rebond-js-only">'
        f'<legend class="rebond-gen__legend">{escape(ui["group_keep"])}</legend>'
        '<div class="rebond-choice"><input type="checkbox" id="gen-keep-draft" aria-describedby="gen-keep-draft-hint">'
        f'<label for="gen-keep-draft">{escape(ui["keep_draft"])}</label></div>'
        f'<p class="rebond-field__hint" id="gen-keep-draft-hint">{escape(ui["hint_keep_draft"])}</p>'
        '<div class="rebond-gen__actions">'
        f'<button type="button" class="md-button" data-action="delete-data">{escape(ui["delete_data"])}</button>'
        f'<button type="button" class="md-button" data-action="copy-link" aria-describedby="gen-link-warning">'
        f'{escape(ui["copy_link"])}</button>'
        '</div>'
        f'<p class="rebond-field__hint" id="gen-link-warning">{escape(ui["link_warning"])}</p>'
        '<p class="rebond-gen__action-status" id="gen-keep-status" role="status"></p>'
        '</fieldset>'
    )


def _data_block(lang: str) -> str:
    schema = json.loads(handle(json.dumps({"op": "schema"})))["result"]
    # The guide's sections the review links to are paths from the language's root: the
    # generator page (outils/ecrire-mon-message/) is two folders below it.
    data = {"lang": lang, "strings": UI[lang], "schema": schema, "initial": initial_fields(lang),
            "guide_base": "../../"}
    # "<" escaped so that no text can close the data block.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'<script type="application/json" id="generator-data">{text}</script>'


def render_generator(lang: str) -> str:
    """The whole generator, in the page's language, as one line of HTML."""
    ui = UI[lang]
    values = initial_fields(lang)
    result = compose(values)
    if not result["ok"]:  # the default message is part of the page: a failure is a build error
        raise ValueError(f"default message could not be composed: {result['errors']}")
    groups = "".join(_group(ui, group, names, values) for group, names in GROUPS)
    # Search indexes what the page says, not the tool: `data-search-exclude` sits on the form
    # and on each heading in it. Material's indexer ends an exclusion at the first closing tag of
    # the same name (so not on the outer <div>), and starts a section at every heading, excluded
    # or not (so on each heading too).
    return (
        f'<div class="rebond-gen" id="rebond-generator">{_data_block(lang)}'
        f'<form class="rebond-gen__form" id="gen-form" data-engine="loading" novalidate data-search-exclude'
        f'{_attrs(data_kind=values["kind"], data_channel=values["channel"], aria_label=ui["form_label"])}>'
        '<div class="rebond-error-summary" id="gen-error-summary" tabindex="-1" hidden><div role="alert">'
        f'<h2 id="gen-error-summary-title" data-search-exclude>{escape(ui["error_summary_title"])}</h2>'
        '<ul></ul></div></div>'
        f'<noscript><p class="rebond-gen__notice">{escape(ui["noscript"])}</p></noscript>'
        f'<p class="rebond-gen__status" id="gen-status" role="status">{escape(ui["status_loading"])}</p>'
        '<div class="rebond-gen__failure" id="gen-failure" role="alert" hidden></div>'
        '<p class="rebond-gen__notice" id="gen-notice" hidden></p>'
        '<div class="rebond-gen__layout"><div class="rebond-gen__fields">'
        f'<p class="rebond-field__hint">{escape(ui["form_intro"])}</p>'
        # On a phone the message comes after the whole form: a way straight to it.
        f'<p class="rebond-gen__skip"><a href="#gen-output">{escape(ui["skip_to_message"])}</a></p>'
        f'{groups}<input type="hidden" name="variant" id="gen-variant" value="{values["variant"]}">'
        f'<button{_attrs(type="submit", class_="md-button md-button--primary rebond-js-only")}>'
        f'{escape(ui["update"])}</button>'
        f'</div>{_output(ui, result, lang)}</div>{_keep(ui)}</form>'
        '<div class="rebond-letter" id="gen-letter" aria-hidden="true"></div>'
        '</div>'
    )


def register(env: Any, page_lang: Callable[[], str]) -> None:
    """Define ``generator_form()`` on the mkdocs-macros ``env``."""

    @env.macro
    def generator_form() -> str:
        return render_generator(page_lang())
