"""hooks/typography.py: the engine's typography applied to a built page's text nodes."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import modules

_PATH = Path(__file__).resolve().parents[2] / "hooks" / "typography.py"
hook = modules.load(_PATH, "typography_hook")

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>Rebond s'appuie sur l'article</p>", "<p>Rebond s’appuie sur l’article</p>"),
    ("<p>Objet : merci ; vraiment ?</p>", f"<p>Objet{NBSP}: merci{NNBSP}; vraiment{NNBSP}?</p>"),
    ("<li><strong>Le CV</strong> : oui</li>", f"<li><strong>Le CV</strong>{NBSP}: oui</li>"),
    ("<p>« <a href='x'>Sous</a> »</p>", f"<p>«{NBSP}<a href='x'>Sous</a>{NBSP}»</p>"),
    ("<p>au plus 2 mois, 36,1 %</p>", f"<p>au plus 2{NBSP}mois, 36,1{NBSP}%</p>"),
    ("<p><em>Dares Analyses</em> n° 005</p>", f"<p><em>Dares Analyses</em> n°{NBSP}005</p>"),
    ('<a title="Suivant: Savoir s\'arrêter">x</a>', f'<a title="Suivant{NBSP}: Savoir s’arrêter">x</a>'),
    ("<p>A &amp; B ; C</p>", f"<p>A &amp; B{NNBSP}; C</p>"),  # an entity is not punctuation
    ("<p>Déjà typé{NBSP}: rien à faire</p>".replace("{NBSP}", NBSP),
     f"<p>Déjà typé{NBSP}: rien à faire</p>"),
])
def test_french_text_nodes_are_typeset(html, expected):
    assert hook.typeset_html(html, "fr") == expected
    assert hook.typeset_html(expected, "fr") == expected  # idempotent


def test_code_scripts_and_fields_are_left_alone():
    html = ("<pre>a : b</pre><code>x ; y</code><script>if(a<b){s='x'}</script>"
            "<textarea>l'objet : x</textarea><p>fin : oui</p>")
    out = hook.typeset_html(html, "fr")
    assert out.startswith("<pre>a : b</pre><code>x ; y</code><script>if(a<b){s='x'}</script>"
                          "<textarea>l'objet : x</textarea>")
    assert out.endswith(f"<p>fin{NBSP}: oui</p>")


def test_english_gets_apostrophes_and_no_french_spacing():
    assert hook.typeset_html("<p>Don't stop: it's fine; really?</p>", "en") == \
        "<p>Don’t stop: it’s fine; really?</p>"
