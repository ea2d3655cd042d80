"""The guide's content (issue 3), checked on the Markdown sources and on the built site.

No browser here: structure in both languages, figures and legal durations as the facts registry
(rebond.facts) states them, with their sources, French and English typography, the source
credit, the timeline's text alternative, and the way from each advice page into the tools.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from rebond import facts
from support.regex import found

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# The checker of copied passages lives beside the project with the source article (which is
# not the project's to ship): the test runs it where it is there, and is reported as skipped,
# with the path it looked for, where it is not. No other test reads outside the repository.
VERBATIM = ROOT.parent / "shared" / "tools" / "verbatim_check.py"

NBSP, NNBSP = "\u00a0", "\u202f"

# The guide's pages: Markdown name (French) -> built path relative to a language root.
GUIDE = {
    "index.md": "",
    "guide/encaisser-le-refus.md": "guide/encaisser-le-refus/",
    "guide/remercier.md": "guide/remercier/",
    "guide/demander-un-retour.md": "guide/demander-un-retour/",
    "guide/garder-le-contact.md": "guide/garder-le-contact/",
    "guide/savoir-s-arreter.md": "guide/savoir-s-arreter/",
    "guide/recruteur-reprend-contact.md": "guide/recruteur-reprend-contact/",
    "guide/situations-particulieres.md": "guide/situations-particulieres/",
    "guide/apres-plusieurs-refus.md": "guide/apres-plusieurs-refus/",
    "guide/droits.md": "guide/droits/",
    "faq.md": "faq/",
    "sources.md": "sources/",
    "confidentialite.md": "confidentialite/",
}
# Advice page -> the message kinds (and channel) it shows and links to in the generator.
ADVICE: dict[str, list[tuple[str, str | None]]] = {
    "guide/remercier.md": [("thanks", None)],
    "guide/demander-un-retour.md": [("feedback", None), ("thanks_for_feedback", None)],
    "guide/garder-le-contact.md": [("linkedin", "linkedin"), ("keep_in_touch", None),
                                   ("keep_in_touch", "linkedin_message")],
    "guide/recruteur-reprend-contact.md": [("reply_comeback", None), ("decline_alternative", None)],
    "guide/savoir-s-arreter.md": [("follow_up", None)],
}
LANGS = ("fr", "en")


# --- helpers -----------------------------------------------------------------------------

def source(name: str, lang: str) -> Path:
    """The Markdown file of a guide page in a language (suffix structure)."""
    return DOCS / (name if lang == "fr" else name[:-3] + ".en.md")


def built(site: Path, rel: str, lang: str) -> Path:
    return (site if lang == "fr" else site / "en") / rel / "index.html"


def article(html_path: Path) -> str:
    """The page's own content (Material's <article>), without the theme around it."""
    html = html_path.read_text(encoding="utf-8")
    match = re.search(r"<article[^>]*>(.*?)</article>", html, re.S)
    assert match, f"no <article> in {html_path}"
    return match.group(1)


def text_of(html: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, spaces kept as is."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<a class="headerlink".*?</a>', "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def sentences(html: str) -> list[str]:
    """The sentences of an HTML fragment; a block (paragraph, item, cell, heading) ends one."""
    blocks = re.sub(r"</(?:p|li|td|th|tr|h\d|summary|div)>", "\n", html)
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text_of(blocks)) if s.strip()]


def prose(path: Path) -> str:
    """A Markdown file without its front matter keys, Jinja calls, HTML comments and link targets."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", lambda m: re.sub(r"^\w+: ", "", m.group(0), flags=re.M), text, flags=re.S)
    text = re.sub(r"\{[{%].*?[%}]\}", " ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)  # notes to maintainers, not prose
    return re.sub(r"\]\([^)]*\)", "]", text)


def facts_percentages() -> set[str]:
    """The DARES percentages of the facts registry, with a point (e.g. '36.1')."""
    return {n for f in facts.section("figures") for n, unit in f.figures if unit == "percent"}


def facts_trial_periods() -> list[tuple[str, int, int]]:
    """(first word of the category, initial maximum, maximum with renewal), from the registry."""
    initial = [int(n) for n, unit in facts.fact("trial_initial").figures if unit == "month"]
    renewed = [int(n) for n, unit in facts.fact("trial_renewal").figures if unit == "month"]
    assert len(initial) == 3, "the registry changed shape: update this test"
    assert len(renewed) == 3, "the registry changed shape: update this test"
    return list(zip(("ouvriers", "agents", "cadres"), initial, renewed, strict=False))


def percent(value: str, lang: str) -> str:
    """A registry percentage in the page's number format: '36,1 %' (fr) or '36.1%' (en)."""
    return value.replace(".", ",") + NBSP + "%" if lang == "fr" else value + "%"


PCT = {"fr": re.compile(r"(\d+),(\d)\u00a0%"), "en": re.compile(r"(\d+)\.(\d)%")}


def all_pages(site: Path, lang: str) -> list[Path]:
    root = site if lang == "fr" else site / "en"
    found = []
    for html in root.rglob("index.html"):
        rel = html.relative_to(root).parts
        if lang == "fr" and rel[0] in ("en", "assets", "search"):
            continue
        found.append(html)
    return found


# --- both languages, same structure --------------------------------------------------------

@pytest.mark.parametrize("name", GUIDE)
def test_every_page_exists_in_both_languages_with_the_same_sections(site_dir, name):
    counts = {}
    for lang in LANGS:
        assert source(name, lang).is_file(), f"missing {source(name, lang)}"
        md = source(name, lang).read_text(encoding="utf-8")
        assert "PLACEHOLDER" not in md, f"{source(name, lang)} is still a placeholder"
        html = article(built(site_dir, GUIDE[name], lang))
        counts[lang] = len(re.findall(r"<h2\b", html))
        assert len(re.findall(r"<h1\b", html)) == 1, f"{name} ({lang}) needs exactly one h1"
    assert counts["fr"] >= 3, f"{name}: too few sections ({counts['fr']})"
    assert counts["fr"] == counts["en"], f"{name}: {counts['fr']} h2 in French, {counts['en']} in English"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", GUIDE)
def test_front_matter_gives_a_real_title_and_description(site_dir, name, lang):
    md = source(name, lang).read_text(encoding="utf-8")
    meta = re.match(r"---\n(.*?)\n---\n", md, re.S)
    assert meta, f"{name} ({lang}): no front matter"
    fields = dict(re.findall(r"^(\w+): (.+)$", meta.group(1), re.M))
    assert fields.get("title"), f"{name} ({lang}): no title"
    description = fields.get("description", "")
    if description.startswith('"'):  # a YAML double-quoted value (it holds a colon)
        description = description[1:-1].replace('\\"', '"')
    assert len(description) >= 60, f"{name} ({lang}): weak description"
    assert description.endswith("."), f"{name} ({lang}): weak description"
    html = built(site_dir, GUIDE[name], lang).read_text(encoding="utf-8")
    assert f'<meta name="description" content="{description}"' in unescape(html)


def test_the_two_languages_really_differ():
    # An English page that is a copy of the French one (or the reverse) would pass the
    # structure test; the words must actually be in each language.
    for name in GUIDE:
        fr = prose(source(name, "fr")).lower()
        en = prose(source(name, "en")).lower()
        french = re.compile(r"\b(?:les|des|une|est|pour|dans|vous|avec)\b")
        english = re.compile(r"\b(?:the|and|of|to|is|for|with|you)\b")
        # Quoted French titles may appear in English, and the reverse: compare proportions.
        assert len(french.findall(fr)) > 10 * len(english.findall(fr)) + 10, name
        assert len(english.findall(en)) > 10 * len(french.findall(en)) + 10, name


# --- facts: DARES figures and trial periods, as the facts registry (rebond.facts) states them ---

@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_the_site_states_comes_from_facts_and_is_on_the_sources_page(site_dir, lang):
    allowed = facts_percentages()
    assert len(allowed) == 6, allowed
    sources_html = article(built(site_dir, "sources/", lang))
    rows = re.findall(r"<tr>(.*?)</tr>", sources_html, re.S)
    stated_anywhere = set()
    for page in all_pages(site_dir, lang):
        text = text_of(article(page))
        found = {f"{a}.{b}" for a, b in PCT[lang].findall(text)}
        assert found <= allowed, f"{page}: figures not in the facts registry: {found - allowed}"
        if found:
            assert "DARES" in text, f"{page} states {found} without naming DARES"
        stated_anywhere |= found
    assert stated_anywhere == allowed, "the guide must state every DARES figure"
    checked = "novembre 2026" if lang == "fr" else "November 2026"
    for value in stated_anywhere:
        row = next((r for r in rows if percent(value, lang) in text_of(r)), None)
        assert row, f"{value} is not in a table row of the sources page ({lang})"
        assert "DARES" in row, row
        assert "005" in row, row
        assert checked in text_of(row), row


@pytest.mark.parametrize("lang", LANGS)
def test_percentages_use_the_language_number_format(site_dir, lang):
    wrong = {
        # French: decimal comma, non-breaking space before %; English: point, no space.
        "fr": re.compile(r"\d[.,]\d%|\d\.\d\s?%|\d,\d[ \u202f]%"),
        "en": re.compile(r"\d,\d\s?%|\d\.\d\s%"),
    }[lang]
    for page in all_pages(site_dir, lang):
        text = text_of(article(page))
        bad = wrong.search(text)
        assert bad is None, f"{page}: badly formatted percentage {bad.group(0)!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_dares_figures_are_stated_precisely_with_their_year(site_dir, lang):
    text = text_of(article(built(site_dir, "guide/remercier/", lang)))
    for value in facts_percentages():
        assert percent(value, lang) in text, f"remercier ({lang}) lacks {percent(value, lang)}"
    assert "2011" in text
    assert "2007" in text
    assert "2015" in text
    # "One third" must never be said of cadres (their rate is 19.3 %).
    for page in all_pages(site_dir, lang):
        for sentence in sentences(article(page)):
            if re.search(r"\bcadres?\b", sentence, re.I):
                assert not re.search(r"\btiers\b|\bthird\b|\b1/3\b", sentence, re.I), sentence


@pytest.mark.parametrize("rel", ["guide/garder-le-contact/", "sources/"])
@pytest.mark.parametrize("lang", LANGS)
def test_trial_period_durations_match_the_code_du_travail(site_dir, lang, rel):
    unit = (lambda n: f"{n}{NBSP}mois") if lang == "fr" else (lambda n: f"{n} months")
    text = text_of(article(built(site_dir, rel, lang)))
    for article_no in ("L1221-19", "L1221-21", "L1221-22", "L1221-23", "L1221-25"):
        assert article_no in text, f"{rel} ({lang}) does not cite {article_no}"
    if rel == "guide/garder-le-contact/":
        rows = [text_of(r).lower() for r in re.findall(r"<tr>(.*?)</tr>", article(built(site_dir, rel, lang)), re.S)]
        for category, initial, renewed in facts_trial_periods():
            row = next((r for r in rows if category in r), None)
            assert row, f"no table row for {category} ({lang})"
            assert unit(initial) in row, row
            assert unit(renewed) in row, row
    else:
        for _category, initial, _renewed in facts_trial_periods():
            assert unit(initial) in text, f"sources ({lang}) lacks {unit(initial)}"
    binding = {"fr": ["9 septembre 2023", "26 juin 2008"], "en": ["9 September 2023", "26 June 2008"]}[lang]
    if rel == "guide/garder-le-contact/":
        for date in binding:
            assert date in text, f"{rel} ({lang}) lacks {date}"
    notice = {"fr": [f"24{NBSP}heures", f"48{NBSP}heures", f"2{NBSP}semaines"],
              "en": ["24 hours", "48 hours", "2 weeks"]}[lang]
    for delay in notice:
        assert delay in text, f"{rel} ({lang}) lacks the notice {delay!r} (L1221-25)"


@pytest.mark.parametrize("lang", LANGS)
def test_linkedin_limits_are_sourced_and_dated(site_dir, lang):
    checked = "novembre 2026" if lang == "fr" else "November 2026"
    chars = "caractères" if lang == "fr" else "characters"
    for rel in ("guide/garder-le-contact/", "sources/"):
        text = text_of(article(built(site_dir, rel, lang)))
        assert "a550555" in text, rel
        assert checked in text, rel
        assert re.search(rf"200(?:\s|{NBSP}){chars}", text), rel
        assert "300" in text, rel
        assert "Premium" in text, rel


# --- credit, timeline, tools ---------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_home_page_credits_the_source_article(site_dir, lang):
    text = text_of(article(built(site_dir, "", lang)))
    title = facts.ARTICLE["title"]
    # The title is quoted with French spaces in the French page; compare without spacing.
    def squash(s):
        return re.sub(r"[\s\u00a0\u202f]+", "", s)
    assert squash(title) in squash(text), "the article's title is missing"
    assert facts.ARTICLE["author"] in text
    assert facts.ARTICLE["publisher"] in text
    assert squash(facts.ARTICLE["date"][lang]) in squash(text)


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_is_a_list_whose_every_step_links_to_its_guide_page(site_dir, lang):
    html = article(built(site_dir, "", lang))
    figure = re.search(r'<div class="rebond-timeline">\s*<ol>(.*?)</ol>\s*</div>', html, re.S)
    assert figure, "the timeline must be an ordered list"
    steps = re.findall(r"<li>(.*?)</li>", figure.group(1), re.S)
    assert len(steps) >= 4
    for step in steps:
        when, links = re.findall(r"<p>(.*?)</p>", step, re.S)[:2]
        assert re.fullmatch(r"<strong>[^<]{5,}</strong>", when.strip()), when
        # The step's second line is its links, each to a page of the guide.
        targets = re.findall(r'<a href="([^"]+)"', links)
        assert targets, step
        assert all(re.match(r"guide/[a-z-]+/(#[a-z0-9-]+)?$", t) for t in targets), targets
    assert "<svg" not in html.split('class="rebond-timeline"')[1].split("</ol>")[0]


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_opens_with_the_generator_then_the_first_step(site_dir, lang):
    html = article(built(site_dir, "", lang))
    first_h2 = html.index("<h2")
    actions = found(r'<p class="rebond-home-actions">(.*?)</p>', html[:first_h2]).group(1)
    primary, second = re.findall(r'<a class="([^"]+)" href="([^"]+)">', actions)
    assert primary == ("md-button md-button--primary", "outils/ecrire-mon-message/")
    assert second == ("md-button", "guide/encaisser-le-refus/")


@pytest.mark.parametrize("name", ADVICE)
@pytest.mark.parametrize("lang", LANGS)
def test_advice_pages_end_with_an_example_and_a_way_into_the_tools(site_dir, name, lang):
    md = source(name, lang).read_text(encoding="utf-8")
    html = article(built(site_dir, GUIDE[name], lang))
    last = html.split("<h2")[-1]  # the last section: "À vous d'écrire" / "Your turn to write"
    for kind, channel in ADVICE[name]:
        call = f'{{{{ example("{kind}"' + (f', "{channel}"' if channel else "") + ") }}"
        assert call in md, f"{name} ({lang}) must render {call}"
        fragment = f"#kind={kind}" + (f"&amp;channel={channel}" if channel else "")
        assert re.search(rf'href="[^"]*outils/ecrire-mon-message/{re.escape(fragment)}"', last), (name, kind)
    assert re.search(r'href="[^"]*outils/listes/[^"]*"', last), f"{name} ({lang}) must link to the checklists"
    assert "{{" not in html, "an unrendered macro leaked into the page"
    assert "{%" not in html, "an unrendered macro leaked into the page"


@pytest.mark.parametrize("lang", LANGS)
def test_do_and_dont_are_admonitions(site_dir, lang):
    labels = {"fr": ("À faire", "À éviter"), "en": ("Do", "Don’t")}[lang]
    for name in ("guide/encaisser-le-refus.md", "guide/remercier.md", "guide/demander-un-retour.md"):
        html = article(built(site_dir, GUIDE[name], lang))
        assert re.search(rf'class="admonition tip">\s*<p class="admonition-title">{labels[0]}</p>', html), name
        assert re.search(rf'class="admonition warning">\s*<p class="admonition-title">{labels[1]}</p>', html), name


def test_faq_answers_at_least_eight_situations_in_both_languages(site_dir):
    counts = [len(re.findall(r'<details class="question"', article(built(site_dir, "faq/", lang)))) for lang in LANGS]
    assert counts[0] >= 8, counts
    assert counts[0] == counts[1], counts


def test_english_pages_explain_the_french_terms_they_keep(site_dir):
    terms = re.compile(r"\bCDI\b|période d’essai|\bcadres?\b|\bDARES\b|Code du travail")
    for name, rel in GUIDE.items():
        html = article(built(site_dir, rel, "en"))
        if terms.search(text_of(html)):
            assert "French terms kept in this guide" in html, f"{name}: French terms without the glossary"
            for term in ("CDI", "Période d’essai", "Cadre", "DARES", "Code du travail"):
                assert f"<strong>{term}</strong>" in html, term


# --- writing standards ----------------------------------------------------------------------

def owned_sources(lang: str) -> list[Path]:
    files = [source(name, lang) for name in GUIDE]
    return files + sorted(SNIPPETS.glob(f"guide-*-{lang}.md"))


@pytest.mark.parametrize("path", owned_sources("fr"), ids=lambda p: p.name)
def test_french_typography(path):
    text = prose(path)
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(("<svg", "<line", "<circle"))]
    body = "\n".join(lines)
    assert not re.search(r"\S [:;!?](?=\s|$)", body, re.M), "ordinary space before : ; ! ?"
    assert not re.search(rf"\S{NBSP}[;!?]", body), "use U+202F (narrow) before ; ! ?"
    assert not re.search(rf"\S{NNBSP}:", body), "use U+00A0 before :"
    assert not re.search(r"\S[;!?](?=[A-Za-zÀ-ÿ])", body), "missing space after ; ! ?"
    markers = re.sub(r"^\s*(?:!!!|\?\?\?)", "", body, flags=re.M)
    for before, mark in re.findall(r"(.)([;!?])", markers):
        assert before == NNBSP, f"{before!r}{mark}: ; ! ? must follow a narrow no-break space"
    assert not re.search(r"« |«(?!\u00a0)| »|(?<!\u00a0)»", body), "« » need U+00A0 inside"
    assert not re.search(r"\d %|\d%", body), "a non-breaking space goes before %"
    assert "'" not in re.sub(r"<[^>]+>", "", body), "use the typographic apostrophe ’"
    assert not re.search(r"\((?:e|es|s)\)|·e|\.e\b", body), "no parenthesised or dotted gender forms"


@pytest.mark.parametrize("path", owned_sources("en"), ids=lambda p: p.name)
def test_english_has_no_french_spacing(path):
    text = prose(path)
    assert NNBSP not in text
    assert not re.search(rf"[{NBSP} ][:;!?%](?=\s|$)", text, re.M), "English puts no space before : ; ! ? %"
    assert "«" not in text
    assert "»" not in text


def test_no_sentence_of_the_source_article_is_copied():
    """The checker exits 0 and lists nothing: any run of eight words shared with the article, in any
    file of the repository, fails (as does a checker that breaks: exit 1 with a traceback)."""
    if not VERBATIM.is_file():
        pytest.skip(f"{VERBATIM} is not beside this checkout (the source article is not shipped)")
    result = subprocess.run([sys.executable, str(VERBATIM), str(ROOT)], capture_output=True, text=True, timeout=300)
    report = f"exit {result.returncode}\n{result.stdout}{result.stderr}"
    if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
        pytest.fail(report, pytrace=False)


# --- one rule, said the same way everywhere -------------------------------------------------

STOP_RULE = {
    "fr": "un merci, une seule relance, éventuellement un dernier message qui laisse la porte ouverte, puis le silence",
    "en": "a thank-you, one follow-up, perhaps one last message that leaves the door open, then silence",
}
# What the site said before the rule was one: several follow-ups, a "last follow-up" that works.
OLD_RULES = {
    "fr": re.compile(r"plusieurs relances|dernière relance|ultime relance|au-delà d’une relance", re.I),
    "en": re.compile(r"several (?:unanswered )?follow-ups|several messages go unanswered"
                     r"|last follow-up|final follow-up", re.I),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_stop_rule_is_said_the_same_way_in_the_guide_the_planner_and_the_checklists(site_dir, lang):
    from rebond import checklists, planner

    def squash(s):
        return re.sub(r"[\s\u00a0\u202f]+", " ", s).lower()
    rule = STOP_RULE[lang]
    for rel in ("guide/savoir-s-arreter/", "outils/planificateur/"):
        assert rule in squash(text_of(article(built(site_dir, rel, lang)))), rel
    assert squash(planner.texts(lang).STOP_RULE["text"]).startswith(rule)
    stop_item = next(i["text"] for i in checklists.get_checklist("followups", lang)["items"] if i["id"] == "stop")
    assert squash(stop_item).startswith(rule.rsplit(",", 1)[0])  # "…leaves the door open"
    for page in all_pages(site_dir, lang):
        found = OLD_RULES[lang].search(text_of(article(page)))
        assert not found, f"{page}: {found.group(0)!r} contradicts the stop rule"
    catalogs = [planner.texts(lang).STOP_RULE["text"], stop_item]
    catalogs += [s["why"] for s in planner.texts(lang).STEPS.values()]
    assert not any(OLD_RULES[lang].search(t) for t in catalogs)


@pytest.mark.parametrize("lang", LANGS)
def test_the_salutation_rule_is_said_by_channel(site_dir, lang):
    # E-mail: "Bonjour Madame Martin," is right; letter: "Madame," never followed by the surname.
    from rebond import checklists

    item = next(i["text"] for i in checklists.get_checklist("before_sending", lang)["items"] if i["id"] == "salutation")
    email, letter = {"fr": ("Bonjour Madame Martin", "jamais suivi du nom de famille"),
                     "en": ("Dear Ms Martin", "never followed by the surname")}[lang]
    assert email in item
    assert letter in item
    text = text_of(article(built(site_dir, "guide/remercier/", lang)))
    def squash(s):
        return re.sub(r"[\s\u00a0\u202f]+", " ", s)
    assert email in squash(text)
    assert letter in squash(text)
