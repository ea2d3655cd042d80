"""Build-time macros: examples are the engine's output, HTML-escaped."""

from __future__ import annotations

import pathlib
from collections.abc import Callable

import pytest

from rebond import compose
from rebond.fields import COMBINATIONS
from support import modules

_PATH = pathlib.Path(__file__).resolve().parents[2] / "macros" / "messages.py"
messages = modules.load(_PATH, "rebond_test_macros_messages", register=True)


class FakeEnv:
    def __init__(self) -> None:
        self.macros: dict[str, Callable[..., str]] = {}
        self.lang = {"value": "fr"}  # the page's language, as the macros read it

    def macro(self, fn):
        self.macros[fn.__name__] = fn
        return fn


@pytest.fixture
def env():
    e = FakeEnv()
    messages.register(e, lambda: e.lang["value"])
    return e


@pytest.mark.parametrize("kind", list(COMBINATIONS))
@pytest.mark.parametrize("page_lang", ["fr", "en"])
def test_example_every_kind(env, kind, page_lang):
    env.lang["value"] = page_lang
    for channel in COMBINATIONS[kind]:
        html = env.macros["example"](kind, channel)
        assert html.startswith('<div class="rebond-example"')
        assert html.endswith("</div>")
        assert f'lang="{page_lang}"' in html
        assert "aria-label=" in html
        expected = compose(messages.sample_fields(kind, channel, page_lang))
        first_line = expected["body"].split("\n")[0]
        assert messages.html.escape(first_line) in html


def test_example_escapes_html(env):
    html = env.macros["example"]("thanks", company="R&D \"Lab\" <3")
    assert "<3" not in html
    assert "R&amp;D" in html
    assert "&lt;3" in html


def test_example_subject_and_lang_override(env):
    html = env.macros["example"]("thanks", "email", lang="en")
    assert "<strong>Subject</strong>: Thank you" in html
    assert "<strong>Objet</strong>\u00a0: " in env.macros["example"]("thanks")
    assert "<strong>Objet</strong>" not in env.macros["example"]("thanks", "letter")


def test_example_bad_kind_fails_the_build(env):
    with pytest.raises(ValueError, match="example could not be composed"):
        env.macros["example"]("nope")


def test_default_message(env):
    r = env.macros["default_message"]("thanks_feedback")
    assert r["ok"]
    assert r["lang"] == "fr"
    assert r["channel"] == "email"
    assert env.macros["default_message"]("linkedin", "linkedin", "en")["lang"] == "en"
