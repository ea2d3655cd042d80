"""MkDocs hook: each page's Content-Security-Policy, then ``_headers`` and the nginx example
with the policy of the whole site. See rebond_site.csp and rebond_site.host_headers."""

from __future__ import annotations

from pathlib import Path

from rebond_site import order
from rebond_site.csp import page_with_policy, site_policy
from rebond_site.host_headers import write_host_files

_serving = False  # `mkdocs serve`: its live-reload script cannot be hashed (csp.page_with_policy)


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    global _serving
    _serving = command == "serve"


def on_post_page(output: str, page, config, **kwargs) -> str:
    scripts = (page.meta or {}).get("scripts") or []
    return page_with_policy(output, scripts, Path(config["docs_dir"]), serving=_serving)


@order.host_files
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config):
        site = Path(config["site_dir"])
        write_host_files(site, site_policy(site))
