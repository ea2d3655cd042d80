"""What the hooks need to know about static-i18n's one-build-per-language scheme.

static-i18n builds the default language, then, from its own ``on_post_build`` (priority
-100), builds every other language into a sub-folder of the same ``site_dir``. Site-wide work
(runtime files, headers, search indexes) must therefore run after that, once.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

# Run site-wide post-build work after static-i18n's own on_post_build.
after_all_languages = event_priority(-110)


def is_final_build(config) -> bool:
    """True in the outer build, once every language has been written (not in a nested one)."""
    plugin = config["plugins"].get("i18n")
    return plugin is None or not plugin.building
