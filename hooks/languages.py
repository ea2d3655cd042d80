"""MkDocs hook: the site's languages are the engine's language packs (checked first), and the
theme's templates read their texts from the packs (``rebond_ui(lang)``). See rebond_site.languages."""

from __future__ import annotations

from rebond_site.languages import check_languages, rebond_ui


def on_config(config, **kwargs):
    check_languages(config)
    return config


def on_env(env, config, files, **kwargs):
    env.globals["rebond_ui"] = rebond_ui
    return env
