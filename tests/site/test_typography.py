"""Typography on the built HTML of every page, theme, templates and footer included.

French text: no straight apostrophe; a no-break space before « : ; ! ? » and inside « »; a
no-break space between a number and its unit. English text: typographic apostrophes and quotes
(no straight ' or "), and no French spacing. Text is what a reader sees or hears: text nodes
outside code, scripts, styles and form fields, and the attributes screen readers and tooltips
read (title, aria-label, placeholder, alt), plus the texts tool pages hand to their scripts
(data-msg-*), which come from the engine's catalogs.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from support.pages import LANGS, pages

DOCS = Path(__file__).resolve().parents[2] / "docs"

NBSP, NNBSP = "\u00a0", "\u202f"
SKIPPED = re.compile(r"<(script|style|pre|code|textarea|kbd|samp)\b.*?</\1>", re.S | re.I)
ATTRS = re.compile(r'\b(?:title|aria-label|placeholder|alt|data-msg-[\w-]+)="([^"]*)"')
# Not prose: addresses, links, times of day.
EXEMPT = re.compile(r"\b(?:https?|mailto):\S*|\bwww\.\S+|\S+@\S+|\d:\d")


def visible_strings(html: str) -> list[str]:
    """The page's text, block by block (tags joined without a space, as a reader reads them),
    then the attributes a reader meets."""
    body = SKIPPED.sub("\n", html)
    attributes = [unescape(v) for v in ATTRS.findall(body)]
    blocks = re.sub(r"</?(?:p|li|td|th|tr|h\d|div|summary|title|desc|text|section|nav|ul|ol|label|"
                    r"legend|button|option|select|header|footer|main|article|details)\b[^>]*>",
                    "\n", body)
    text = unescape(re.sub(r"<[^>]+>", "", blocks))
    return [line for line in text.splitlines() if line.strip()] + attributes


def french_problems(text: str) -> list[str]:
    prose = EXEMPT.sub(" ", text)
    problems = []
    if "'" in prose:
        problems.append("straight apostrophe")
    if re.search(r"[^\s\u00a0\u202f]:(?=\s|$)", prose) or re.search(r"\S :", prose):
        problems.append("no no-break space before :")
    if re.search(r"[^\u00a0\u202f\s][;!?]|\S [;!?]", prose):
        problems.append("no narrow no-break space before ; ! ?")
    if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", prose):
        problems.append("no no-break space inside « »")
    if re.search(r"\d (?:%|mois|jours?|heures?|semaines?|ans|caractères|minutes)\b", prose):
        problems.append("ordinary space between a number and its unit")
    if re.search(r"n° \d", prose):
        problems.append("ordinary space after n°")
    return problems


def english_problems(text: str) -> list[str]:
    prose = EXEMPT.sub(" ", text)
    problems = []
    if "'" in prose or '"' in prose:
        problems.append("straight quote or apostrophe")
    if NNBSP in prose or re.search(r"[ \u00a0][:;!?](?=\s|$)", prose):
        problems.append("French spacing in English")
    return problems


CHECK = {"fr": french_problems, "en": english_problems}


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_follows_the_typography_of_its_language(site_dir, lang):
    found = pages(site_dir, lang)
    sources = [p for p in DOCS.rglob("*.md") if not p.name.endswith(".en.md")]
    assert len(found) == len(sources), sorted(found)  # every page of the site, no fewer
    failures = []
    for rel, path in sorted(found.items()):
        for text in visible_strings(path.read_text(encoding="utf-8")):
            for problem in CHECK[lang](text):
                failures.append(f"{rel or '/'}: {problem}: {text.strip()[:140]!r}")
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_the_footer_is_typeset_on_every_page(site_dir, lang):
    for rel, path in pages(site_dir, lang).items():
        html = path.read_text(encoding="utf-8")
        footer = re.search(r'<div class="md-copyright rebond-footer">(.*?)</div>', html, re.S)
        assert footer, f"{rel}: no footer"
        text = unescape(re.sub(r"<[^>]+>", "", footer.group(1)))
        assert not CHECK[lang](text), (rel, CHECK[lang](text))
        if lang == "fr":
            assert f"«{NBSP}Comment" in text
            assert f"refus{NNBSP}?{NBSP}»" in text
            assert "s’appuie" in text


def test_the_checks_catch_what_they_are_for():
    # Each check fails on the mistake it is for (so a passing page really passed them).
    assert french_problems("Rebond s'appuie") == ["straight apostrophe"]
    assert french_problems("Objet : merci") == ["no no-break space before :"]
    assert french_problems("Vraiment ?") == ["no narrow no-break space before ; ! ?"]
    assert french_problems("« Bonjour »") == ["no no-break space inside « »"]
    assert french_problems("au plus 2 mois") == ["ordinary space between a number and its unit"]
    assert french_problems("Dares Analyses n° 005") == ["ordinary space after n°"]
    assert french_problems(f"Objet{NBSP}: «{NBSP}oui{NBSP}»{NNBSP}; 2{NBSP}mois, https://a.b/?x=1") == []
    assert english_problems('the "Print" button') == ["straight quote or apostrophe"]
    assert english_problems("Subject : thanks") == ["French spacing in English"]
    assert english_problems("The “Print” button; it’s here: 10:30") == []
