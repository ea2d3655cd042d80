"""A pseudo-language, generated from English, hooked up through the registry alone.

Spanish and German are next: adding a language must be a matter of a pack (and its pages).
This test registers "xx", whose every text is the English one with accented vowels, and builds
the engine's whole output with it. A language list written by hand anywhere in the engine, a
part the plans need but a pack lacks, or a sentence written outside the packs fails here
rather than in front of a reader.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Callable
from datetime import date

import pytest

from rebond import api, checklists, compose, locales, planner, review
from rebond.fields import COMBINATIONS, VARIANTS
from rebond.locales.en import PACK as ENGLISH
from rebond.locales.pack import Pack
from rebond.render import map_texts

_ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")
_BRACES = re.compile(r"(\{[^{}]*\})")
_PSEUDO = re.compile(r"[áéíóúÁÉÍÓÚ]")


def pseudo(text: str) -> str:
    """English text with accented vowels; slot names stay as they are, fallbacks are translated."""
    out = []
    for piece in _BRACES.split(text):
        if piece.startswith("{") and piece.endswith("}"):
            name, bar, fallback = piece[1:-1].partition("|")
            out.append("{" + name + (bar + fallback.translate(_ACCENTS) if bar else "") + "}")
        else:
            out.append(piece.translate(_ACCENTS))
    return "".join(out)


def _module(module: types.ModuleType, keep: tuple[str, ...] = (),
            functions: dict[str, Callable[..., object]] | None = None) -> types.ModuleType:
    """A module's data with every text made pseudo (``keep``: data used as patterns, not text),
    and `functions` in place of the module's own."""
    copy = types.ModuleType(module.__name__.replace(".en.", ".xx."))
    copy.__dict__.update(functions or {})
    for n in dir(module):
        if n.isupper() and not n.startswith("_"):
            value = getattr(module, n)
            setattr(copy, n, value if n in keep else map_texts(value, pseudo))
    return copy


def _pack() -> Pack:
    review_texts = _module(ENGLISH.review, functions={  # its patterns too: they read text of this language
        "review_text": lambda code, **p: tuple(pseudo(t) for t in ENGLISH.review.review_text(code, **p)),
        "proposal": lambda replacement: pseudo(ENGLISH.review.proposal(replacement))})
    errors = _module(ENGLISH.errors, functions={
        "error_message": lambda field, code, **p: pseudo(ENGLISH.errors.error_message(field, code, **p))})
    messages = _module(ENGLISH.messages, keep=("LETTER_LAYOUT",))
    return Pack(code="xx", name=pseudo("Pseudo"), grammar=ENGLISH.grammar, messages=messages, errors=errors,
                review=review_texts, ui=_module(ENGLISH.ui), planner=_module(ENGLISH.planner),
                checklists=_module(ENGLISH.checklists), search="en")


@pytest.fixture
def xx():
    locales.register(_pack())
    yield "xx"
    locales.unregister("xx")
    assert "xx" not in locales.codes()


def test_the_registry_makes_it_a_valid_language_everywhere(xx):
    schema = json.loads(api.handle(json.dumps({"op": "schema", "args": {}})))["result"]
    assert xx in schema["FIELDS"]["lang"]["values"]
    bad = compose({"kind": "nope", "lang": xx})
    assert not bad["ok"]
    assert set(bad["errors"][0]["message"]) == {"fr", "en", xx}
    assert _PSEUDO.search(bad["errors"][0]["message"][xx])


@pytest.mark.parametrize(("kind", "channel"), [(k, c) for k, cs in COMBINATIONS.items() for c in cs])
def test_every_message_is_written_from_the_pack_alone(xx, kind, channel):
    for variant in range(VARIANTS):
        for tone in ("formal", "warm"):
            r = compose({"kind": kind, "channel": channel, "lang": xx, "variant": variant, "tone": tone,
                         "recipient_name": "Mrs Zoe Martin", "company": "Acme", "position": "Data Analyst",
                         "detail": "the lab tour", "skill": "SQL", "new_skill": "a PRINCE2 certification",
                         "date": "2026-03-02", "place": "York", "disappointment": True})
            assert r["ok"], r
            assert r["lang"] == xx, r
            # Every paragraph and the subject come from the pack: each holds its accented vowels.
            for block in [r["subject"], *r["body"].split("\n\n")]:
                if block and block not in r["letter"].values() and block != "Acme":
                    assert _PSEUDO.search(block), (block, r["body"])
            assert not re.search(r"\b(?:Thank|Dear|Kind regards|Yours)\b", r["body"]), r["body"]
            assert [f for f in r["findings"] if f["severity"] != "info"] == []


def test_the_reviewer_planner_and_checklists_speak_it(xx):
    found = review(pseudo("Could you reconsider? thx"), lang=xx, kind="thanks", channel="email")
    assert {"new_interview", "abbreviation"} <= {f["code"] for f in found}
    assert all(_PSEUDO.search(f["message"]) for f in found)
    plan = planner.plan({"lang": xx, "refusal_date": "2026-01-30", "category": "cadre"},
                        date(2026, 2, 1))
    assert plan["ok"]
    assert all(_PSEUDO.search(step["title"]) for step in plan["plan"]["steps"])
    lists = checklists.all_checklists(xx)
    assert lists
    assert all(_PSEUDO.search(item["text"]) for checklist in lists for item in checklist["items"])
