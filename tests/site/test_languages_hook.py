"""The site's languages and the engine's language packs cannot drift apart (hooks/languages.py)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from rebond import locales
from support import modules

HOOK = Path(__file__).resolve().parents[2] / "hooks" / "languages.py"


def _hook() -> ModuleType:
    return modules.load(HOOK, "languages_hook")


def _config(site: list[str], stemmers: list[str]) -> dict:
    i18n = SimpleNamespace(config=SimpleNamespace(languages=[SimpleNamespace(locale=code) for code in site]))
    search = SimpleNamespace(config=SimpleNamespace(lang=stemmers))
    return {"plugins": {"i18n": i18n, "material/search": search}}


def test_the_registry_and_mkdocs_yml_agree():
    codes = list(locales.codes())
    config = _config(codes, [locales.pack(c).search for c in codes])
    assert _hook().on_config(config) is config


@pytest.mark.parametrize(("site", "stemmers", "message"), [
    (["fr"], ["fr"], "differ"),                      # a pack without pages
    (["fr", "en", "de"], ["fr", "en", "de"], "differ"),  # pages without a pack
    (["fr", "en"], ["fr"], "stemmers"),              # a language without its search stemmer
])
def test_a_language_added_on_one_side_only_stops_the_build(site, stemmers, message):
    with pytest.raises(PluginError, match=message):
        _hook().on_config(_config(site, stemmers))
