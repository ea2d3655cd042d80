"""Build-time macros: the guide's example messages are the engine's own output.

``register(env, page_lang)`` defines:

- ``example(kind, channel="email", **fields)``: an HTML block with the subject and body of a
  sample message in the page's language (text HTML-escaped, one ``<p>`` per paragraph);
- ``default_message(kind, channel=None, lang=None)``: the ``compose()`` result for the
  generator page's pre-rendered default;
- ``max_lines(kind)`` and ``phone_points()``: the lengths the guide states and the engine keeps.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from rebond import compose, plans

# Plausible sample fields, per language, so that examples read like real messages.
SAMPLES: dict[str, dict[str, Any]] = {
    "fr": {
        "sender_name": "Camille Durand", "sender_gender": "f", "recipient_name": "Martin",
        "recipient_gender": "f", "company": "Atelier Lumen", "position": "chargée de communication",
        "detail": "l’atelier de mise en situation avec l’équipe éditoriale",
        "feedback_topics": ["interview"], "new_skill": "une certification en gestion de projet",
        "place": "Lyon", "date": "2026-03-02", "alt_position": "Assistant(e) de communication",
        "takeaway": "votre remarque sur la présentation de mes projets",
    },
    "en": {
        "sender_name": "Sam Taylor", "sender_gender": "n", "recipient_name": "Martin",
        "recipient_gender": "f", "company": "Lumen Studio", "position": "Communications Officer",
        "detail": "the workshop with the editorial team",
        "feedback_topics": ["interview"], "new_skill": "a project management certification",
        "date": "2026-03-02", "alt_position": "Communications Assistant",
        "takeaway": "your comment on how I present my projects",
    },
}

_LABELS = {
    "fr": {"example": "Exemple de message", "subject": "Objet", "errors": "Exemple indisponible"},
    "en": {"example": "Example message", "subject": "Subject", "errors": "Example unavailable"},
}


def sample_fields(kind: str, channel: str | None, lang: str, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"kind": kind, "lang": lang, **SAMPLES.get(lang, SAMPLES["fr"])}
    if channel:
        fields["channel"] = channel
    fields.update(overrides)
    return fields


def render_html(result: dict[str, Any], lang: str) -> str:
    """The composed message as escaped HTML; paragraphs as <p>, line breaks as <br>."""
    labels = _LABELS.get(lang, _LABELS["fr"])
    if not result.get("ok"):
        raise ValueError(f"example could not be composed: {result.get('errors')}")
    parts = [f'<div class="rebond-example" role="group" aria-label="{html.escape(labels["example"])}"'
             f' lang="{html.escape(result["lang"])}">']
    if result["subject"] and result["channel"] != "letter":  # a letter's body has its own subject line
        sep = "\u00a0: " if lang == "fr" else ": "
        parts.append(f'<p class="rebond-example__subject"><strong>{labels["subject"]}</strong>{sep}'
                     f"{html.escape(result['subject'])}</p>")
    for paragraph in result["body"].split("\n\n"):
        lines = "<br>\n".join(html.escape(line) for line in paragraph.split("\n"))
        parts.append(f"<p>{lines}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def register(env: Any, page_lang: Callable[[], str]) -> None:
    """Define the message macros on the mkdocs-macros ``env``."""

    @env.macro
    def example(kind: str, channel: str = "email", **fields: Any) -> str:
        lang = str(fields.pop("lang", None) or page_lang())
        return render_html(compose(sample_fields(kind, channel, lang, **fields)), lang)

    @env.macro
    def default_message(kind: str, channel: str | None = None, lang: str | None = None) -> dict[str, Any]:
        return compose(sample_fields(kind, channel, lang or page_lang()))

    @env.macro
    def max_lines(kind: str) -> int:
        """The guide's length for a kind, in lines: the very figure the engine keeps to (rebond.plans)."""
        return plans.LINES[kind]

    @env.macro
    def phone_points() -> int:
        """How many points a phone call's notes give to say (rebond.plans)."""
        return plans.PHONE_POINTS
