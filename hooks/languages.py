"""MkDocs hook: the site's languages are the engine's registry's (rebond.locales), in its order.

mkdocs.yml lists the languages for static-i18n (which builds each one) and for the search
plugin (one stemmer per language); the engine's registry lists the language packs. A language
added on one side only would give pages without texts, or texts without pages: the build stops
and says which.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from rebond import locales  # noqa: E402


def on_config(config, **kwargs):
    site = [lang.locale for lang in config["plugins"]["i18n"].config.languages]
    engine = list(locales.codes())
    if site != engine:
        raise PluginError(f"mkdocs.yml's i18n languages {site} differ from the engine's language packs {engine} "
                          "(src/rebond/locales): add or remove the language on both sides")
    plugins = config["plugins"]
    search = (plugins["material/search"] if "material/search" in plugins else plugins["search"]).config
    stemmers = [locales.pack(code).search for code in engine]
    if list(search.lang or []) != stemmers:
        raise PluginError(f"mkdocs.yml's search languages {search.lang} should be the packs' stemmers {stemmers}")
    return config
