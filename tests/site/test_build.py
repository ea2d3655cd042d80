"""The built site: both languages complete, right language attributes, runtime shipped."""

from __future__ import annotations

import hashlib
import json

from support.build import ROOT
from support.pages import LANGS, pages, parse


def test_every_french_page_has_its_english_counterpart_and_the_reverse(site_dir):
    fr, en = pages(site_dir, "fr"), pages(site_dir, "en")
    assert len(fr) >= 10
    assert set(fr) == set(en), f"only in fr: {set(fr) - set(en)}; only in en: {set(en) - set(fr)}"


def test_html_lang_matches_the_language_of_every_page(site_dir):
    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            html_tag = next(attrs for tag, attrs in parse(html).tags if tag == "html")
            assert html_tag.get("lang") == lang, f"{lang}/{rel}: <html lang={html_tag.get('lang')!r}>"


def test_no_page_is_a_placeholder(site_dir):
    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            assert "PLACEHOLDER" not in html.read_text(encoding="utf-8"), f"{lang}/{rel} is a placeholder"


def test_runtime_and_engine_wheel_are_shipped_with_a_matching_sha256(site_dir):
    runtime = site_dir / "assets" / "pyodide"
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    core = runtime / pinned  # the runtime's own files, in a folder named after its version
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"):
        assert (core / name).stat().st_size > 10_000, name
    (lock_file,) = runtime.glob("*/pyodide-lock.json")  # in the engine's build folder
    lock = json.loads(lock_file.read_text(encoding="utf-8"))
    entry = lock["packages"]["rebond"]
    wheel = lock_file.parent / entry["file_name"]
    assert entry["file_name"].endswith("-py3-none-any.whl")
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"]
    assert lock["info"]["python"].startswith("3.14")
    # Only what the runtime needs: no console pages, typings or source maps.
    shipped = [p.name for p in runtime.rglob("*") if p.is_file()]
    assert not [n for n in shipped if n.endswith((".html", ".map", ".d.ts", ".js"))], shipped


def test_each_language_has_its_own_search_index(site_dir):
    fr = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((site_dir / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert fr["config"]["lang"] == ["fr"]
    assert en["config"]["lang"] == ["en"]
    fr_titles = {d["title"] for d in fr["docs"]}
    en_titles = {d["title"] for d in en["docs"]}
    assert "Remercier le recruteur" in fr_titles
    assert "Remercier le recruteur" not in en_titles
    assert not any(d["location"].startswith("en/") for d in fr["docs"])


def _search_docs(site_dir, lang: str) -> list[dict]:
    prefix = site_dir if lang == "fr" else site_dir / lang
    return json.loads((prefix / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_search_finds_what_the_pages_say_not_the_controls_of_their_tools(site_dir):
    """Search results are reading: no form labels, default message or print-only lines, no
    entry for a tool's hidden headings, and no section listed twice (the print-all page)."""
    from rebond import locales

    for lang, ui in ((lang, locales.pack(lang).ui.UI) for lang in locales.codes()):
        docs = _search_docs(site_dir, lang)
        texts = " ".join(d["title"] + " " + d["text"] for d in docs)
        for key in ("form_intro", "label_body", "error_summary_title", "output_hint", "group_keep",
                    "keep_draft", "review_title"):
            assert ui[key] not in texts, f"{lang}: the generator's {key!r} is in the search index"
        hidden = [d["location"] for d in docs if "#gen-" in d["location"] or "#rebond-plan-result" in d["location"]]
        assert not hidden, f"{lang}: entries for a tool's own headings: {hidden}"
        # The checklists' print header ("Date :", "Poste :") is for paper only.
        printed = [d["location"] for d in docs if d["text"].startswith("<p>Rebond</p>")]
        assert not printed, f"{lang}: print-only header indexed on {printed}"
        seen: dict[tuple[str, str], str] = {}
        for d in docs:
            entry = (d["title"], d["text"])
            assert entry not in seen or not d["text"], f"{lang}: {d['location']} repeats {seen[entry]}"
            seen[entry] = d["location"]
        # What the generator's page says around the tool stays searchable.
        generator = [d for d in docs if d["location"].startswith("outils/ecrire-mon-message/")]
        assert len(generator) >= 2, generator
        assert all(d["text"] for d in generator), generator
        # The print-all page is found by what it is for.
        print_all = [d for d in docs if d["location"].startswith("outils/listes/tout-imprimer/")]
        assert len(print_all) == 1, print_all
        assert "A4" in print_all[0]["text"], print_all


def test_every_page_carries_a_csp_meta_with_the_hash_of_each_inline_script(site_dir):
    import base64

    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            doc = parse(html)
            metas = [a for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
            assert len(metas) == 1, f"{lang}/{rel}"
            csp = metas[0]["content"]
            assert "'unsafe-inline'" not in csp
            assert "'unsafe-eval'" not in csp
            for kind, body in doc.inline:
                if kind == "script" and body.strip() and not body.lstrip().startswith("{"):
                    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
                    assert f"'sha256-{digest}'" in csp, f"{lang}/{rel}: inline script without its hash"


def test_page_scripts_are_async_modules_placed_after_the_content_they_use(site_dir):
    # `async` runs a page's script in a task of its own rather than inside DOMContentLoaded's
    # (overrides/main.html); that is only safe because the script comes after the page's content.
    seen = 0
    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            doc = parse(html)
            ids = [a.get("id") for _, a in doc.tags]
            for i, (tag, attrs) in enumerate(doc.tags):
                page_script = attrs.get("src", "").endswith(("generator/main.js", "planner.js", "checklists.js"))
                if tag == "script" and page_script:
                    seen += 1
                    assert attrs.get("type") == "module", f"{lang}/{rel}: {attrs}"
                    assert "async" in attrs, f"{lang}/{rel}: {attrs}"
                    assert "__config" in ids[:i], f"{lang}/{rel}: a page script before the page's end"
    assert seen >= 6  # the generator, the planner and the checklists, in both languages
