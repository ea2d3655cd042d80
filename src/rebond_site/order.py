"""When the hooks run: named priorities, and the one build that site-wide steps wait for.

MkDocs calls the handlers of an event from the highest priority to the lowest (0 by default).
static-i18n builds the default language, then, from its own ``on_post_build``, builds every other
language into a sub-folder of the same ``site_dir``: site-wide work (the runtime's files, the
host headers, the search indexes, the offline manifest) runs after it, once, in the outer build.
``tests/site/test_hook_order.py`` checks static-i18n's priorities against the ones named here.
"""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import event_priority

# static-i18n's own priorities (mkdocs_static_i18n/plugin.py, pinned in pyproject.toml).
I18N_PAGE_CONTEXT = 50
I18N_POST_BUILD = -100

# After static-i18n has chosen each page's counterparts in other languages.
AFTER_I18N_PAGE_CONTEXT = -200
# Once every language is built, first: whether the build has a sitemap (a deployed build) and
# its security.txt; the search indexes then copy the sitemap beside each language's index.
DEPLOYMENT = I18N_POST_BUILD - 5
# Site-wide files: the runtime and the engine, search indexes.
SITE_FILES = I18N_POST_BUILD - 10
# The host's files (`_headers`, nginx, security.txt): their rules name the runtime's folders.
HOST_FILES = SITE_FILES - 5
# Last: the offline manifest lists every file the other steps wrote.
OFFLINE_MANIFEST = SITE_FILES - 10

after_i18n_page_context = event_priority(AFTER_I18N_PAGE_CONTEXT)
deployment = event_priority(DEPLOYMENT)
site_files = event_priority(SITE_FILES)
host_files = event_priority(HOST_FILES)
offline_manifest = event_priority(OFFLINE_MANIFEST)


def is_final_build(config: Any) -> bool:
    """True in the outer build, once every language has been written (not in a nested one)."""
    plugin = config["plugins"].get("i18n")
    return plugin is None or not plugin.building
