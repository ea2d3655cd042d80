"""The build's machinery: hooks/ holds only hooks, in the order src/rebond_site/order.py names,
and every change to the theme's HTML fails the build when its target is gone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError
from mkdocs_static_i18n.plugin import I18n

from rebond_site import csp, offline, order, theme_patches

ROOT = Path(__file__).resolve().parents[2]
HOOKS = sorted(p for p in (ROOT / "hooks").iterdir() if p.name != "__pycache__")
# A page as Material 9.8 writes it, cut to what the patches change.
PAGE = """<html><head><title>t</title>
  <link rel="alternate" href="/" hreflang="fr">
  <link rel="alternate" href="/en/" hreflang="en">
<meta http-equiv="Content-Security-Policy" content="__REBOND_CSP__"></head>
<body><div class="md-search" data-md-component="search" role="dialog"></div>
<h2 id="a">A<a class="headerlink" href="#a" title="Lien vers cette section">&para;</a></h2>
<script id="__config" type="application/json">{"base": "..", "features": []}</script></body></html>"""


def test_hooks_holds_only_hooks_registered_in_mkdocs_yml():
    registered = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["hooks"]
    assert sorted(registered) == [f"hooks/{p.name}" for p in HOOKS]
    for path in HOOKS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
        assert functions, (path.name, functions)
        assert all(name.startswith("on_") for name in functions), (path.name, functions)
        assert "sys.path" not in path.read_text(encoding="utf-8"), path.name


def test_the_named_priorities_follow_static_i18ns_own():
    assert I18n.on_page_context.mkdocs_priority == order.I18N_PAGE_CONTEXT > order.AFTER_I18N_PAGE_CONTEXT
    assert I18n.on_post_build.mkdocs_priority == order.I18N_POST_BUILD
    assert order.I18N_POST_BUILD > order.DEPLOYMENT > order.SITE_FILES > order.HOST_FILES > order.OFFLINE_MANIFEST


def test_the_patches_apply_to_the_theme_as_it_is():
    page = theme_patches.drop_head_alternates(PAGE)
    assert "hreflang" not in page
    page = theme_patches.label_permalinks(page, "Lien vers cette section", "Link to this section")
    assert 'title="Link to this section"' in page
    assert "Lien vers" not in page
    assert 'role="dialog" aria-label="Search"' in theme_patches.name_search_dialog(page, "Search")
    assert '"base": "../en/"' in theme_patches.search_base(page, "en")
    assert "__REBOND_CSP__" not in csp.page_with_policy(page, [], ROOT / "docs")


@pytest.mark.parametrize(("patch", "changed"), [
    (lambda p: theme_patches.drop_head_alternates(p),
     ('<link rel="alternate" href="/"', '<link href="/" rel="alternate"')),
    (lambda p: theme_patches.label_permalinks(p, "Lien vers cette section", "x"),
     ('class="headerlink" href="#a"', 'href="#a" class="headerlink"')),
    (lambda p: theme_patches.name_search_dialog(p, "x"), ('role="dialog"', 'role="search"')),
    (lambda p: theme_patches.search_base(p, "en"), ('"base": ".."', '"root": ".."')),
    (lambda p: csp.page_with_policy(p, [], ROOT / "docs"), ("__REBOND_CSP__", "")),
])
def test_a_patch_whose_target_moved_stops_the_build(patch, changed):
    assert changed[0] in PAGE
    with pytest.raises(PluginError, match="theme_patches"):
        patch(PAGE.replace(*changed))


def test_the_service_worker_template_must_hold_its_manifest(monkeypatch, tmp_path):
    template = tmp_path / "sw.template.js"
    template.write_text("const MANIFEST = null;", encoding="utf-8")
    monkeypatch.setattr(offline, "TEMPLATE", template)
    with pytest.raises(PluginError):
        offline.render_sw(None)
