"""MkDocs hook: the site's languages are the engine's registry's (rebond.locales), in its order;
and templates read their texts from the language packs (``rebond_ui(lang)`` in the theme's Jinja).

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
from rebond import facts, locales


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


def rebond_ui(lang: str) -> dict[str, str]:
    """A language's interface texts, for templates (the footer): ``rebond_ui(config.theme.language)``."""
    ui = dict(locales.pack(lang).ui.UI)
    article = facts.ARTICLE
    ui["footer_credit"] = ui["footer_credit"].format(
        title=article["title"], by_author=locales.pack(lang).grammar.by(article["author"]),
        publisher=article["publisher"], date=article["date"][lang])
    return ui


def on_env(env, config, files, **kwargs):
    env.globals["rebond_ui"] = rebond_ui
    return env
