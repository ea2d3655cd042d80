"""The site's words, the same on every page and in every catalog (a glossary per language).

Each language lists its preferred terms and the forms to avoid (the facts registry's list of the
words the site uses, plus what the editorial pass found). The test reads the built pages as a
reader sees them (theme, navigation and footer included) and the engine's catalogs that the
pages and tools show: interface, planner, checklists, facts.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from rebond import checklists, facts, locales, planner
from support.pages import LANGS, pages

# Forms to avoid -> the preferred term, per language. Patterns are case-insensitive.
AVOID: dict[str, dict[str, str]] = {
    "fr": {
        r"\bcourriels?\b": "e-mail",
        r"(?<![-\w])mails?\b": "e-mail",
        r"\bemails?\b": "e-mail",
        r"(?<!la )\bsuite à\b": "à la suite de",
        r"\brevenir vers\b": "reprendre contact, écrire de nouveau",
        r"\bdans les un ou deux jours\b": "dans les deux jours",
        r"\bCdt\b(?!\u00a0»)": "Cordialement (« Cdt » ne se cite que pour l’écarter)",
        r"\(e\)|\(es\)|·e\b": "l’accord choisi, ou une tournure sans accord",
        r"\bsans civilité \(": "une étiquette qui dit ce qu’elle fait",
        r"\bqu’on vous a dit manquer\b": "une tournure directe",
        r"\bdossier (?:est )?(?:déjà )?refermé\b": "(affirmation sans source)",
        r"\bpresque toujours\b": "(affirmation sans source)",
    },
    "en": {
        r"\brefusals?\b": "rejection",
        r"\be-mails?\b": "email",
        r"\btake the refusal\b": "take the news in",
        r"\bthe file is closed\b": "(unsourced claim)",
        r"\binternal profile\b": "internal candidate",
        r"\bdays of presence\b": "days in the job",
        r"\breopen the file\b": "get the decision reversed",
        r"\bdiscreet gestures?\b": "low-key steps",
        r"\bbranch agreement\b": "industry-wide agreement",
        r"\b(?:personali|organi|recogni|apologi|reali|prioriti|summari)z(?:e|es|ed|ing)\b": "British -ise spelling",
        r"\b(?:colou?r)\b(?<!colour)|\bfavor\b|\bbehavior\b|\bcenter\b": "British spelling",
    },
}
# Terms each language must use (at least once on the site), so the preferred forms are real.
PREFERRED = {"fr": ["refus", "e-mail", "recruteur"], "en": ["rejection", "email", "recruiter"]}
SKIPPED = re.compile(r"<(script|style|pre|code|textarea)\b.*?</\1>", re.S | re.I)
# The engine's example messages are its own wording, checked by its golden files (issue 14).
EXAMPLES = re.compile(r'<div class="rebond-example"[^>]*>.*?</div>', re.S)
PLACEHOLDER = re.compile(r"\{\w+\}")


def page_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", SKIPPED.sub(" ", EXAMPLES.sub(" ", html))))


def catalog_strings(lang: str) -> list[str]:
    """Every string of the catalogs a reader meets, in one language."""
    def walk(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from walk(item)

    pack = locales.pack(lang)
    texts = list(walk(pack.ui.UI))
    texts += list(walk({k: getattr(planner.texts(lang), k) for k in dir(planner.texts(lang)) if k.isupper()}))
    texts += list(walk(checklists.all_checklists(lang))) + list(walk(checklists.labels(lang)))
    texts += [f.text[lang] for f in facts.FACTS] + [s.name[lang] for s in facts.SOURCES.values()]
    texts += list(walk(pack.errors.FIELD_LABELS))
    return texts


def offences(text: str, lang: str) -> list[str]:
    text = PLACEHOLDER.sub(" ", text)  # {refusal} is a name, not a word of the text
    return [f"{m.group(0)!r} (prefer: {preferred})"
            for pattern, preferred in AVOID[lang].items()
            for m in re.finditer(pattern, text, re.I)]


@pytest.mark.parametrize("lang", LANGS)
def test_built_pages_use_the_glossary(site_dir, lang):
    failures, corpus = [], []
    for rel, path in sorted(pages(site_dir, lang).items()):
        text = page_text(path.read_text(encoding="utf-8"))
        corpus.append(text)
        failures += [f"{rel or '/'}: {o}" for o in offences(text, lang)]
    assert not failures, "\n".join(failures)
    for term in PREFERRED[lang]:
        assert any(term in t for t in corpus), term


@pytest.mark.parametrize("lang", LANGS)
def test_catalogs_use_the_glossary(lang):
    failures = [f"{o} in {text[:80]!r}" for text in catalog_strings(lang) for o in offences(text, lang)]
    assert not failures, "\n".join(failures)


def test_the_glossary_catches_what_it_lists():
    assert offences("Suite à votre courriel, je reviens vers vous", "fr")[:2] == [
        "'courriel' (prefer: e-mail)", "'Suite à' (prefer: à la suite de)"]
    assert not offences("À la suite de votre e-mail, jamais « Cdt\u00a0»", "fr")
    assert offences("Take the refusal; personalize your e-mail", "en") == [
        "'refusal' (prefer: rejection)", "'e-mail' (prefer: email)",
        "'Take the refusal' (prefer: take the news in)", "'personalize' (prefer: British -ise spelling)"]
    assert not offences("Take the rejection in your stride; personalise your email", "en")
