"""Rebond's build: what the MkDocs hooks of ``hooks/`` do, as ordinary modules.

Each hook in ``hooks/`` is a few lines that call one module here; the modules import and test
like any other code (``tests/site/``, ``tests/unit/test_typeset_html.py``) and know nothing of
the order the hooks run in (``order.py`` names it). Nothing here is shipped to browsers except
what it writes into the site.

- ``languages``: the site's languages are the engine's packs; the packs' texts for templates
- ``facts_check``: a page may state no figure the facts registry lacks
- ``theme_patches``: labels and links of Material's HTML, each patch failing loudly when the
  theme no longer has what it patches
- ``typography``: the engine's typography over every text a built page shows
- ``csp``: each page's Content-Security-Policy; ``host_headers``: ``_headers`` and the nginx
  example; ``deploy_files``: ``security.txt`` and the sitemap
- ``search_split``: one search index per language
- ``runtime``: the Pyodide runtime, the engine's wheel and lock file in the site, and the build's
  facts the engine's worker reads; built from ``wheels``,
  ``spelling_wheel``, ``stdlib_zip`` (the trimmed standard library, compiled by ``bytecode``
  under the pinned Pyodide through ``run_in_pyodide.mjs``) and ``python_source``
- ``offline``: the service worker (``sw.template.js``) with the manifest of the build's files
"""
