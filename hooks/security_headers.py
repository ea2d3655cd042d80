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


def on_post_template(output: str, template_name: str, config, **kwargs) -> str:
    # Static templates (404.html; sitemap.xml is not HTML) are no pages: on_post_page never sees
    # them, and without this the "not found" page would ship the placeholder, i.e. no policy.
    if not template_name.endswith(".html"):
        return output
    return page_with_policy(output, [], Path(config["docs_dir"]), serving=_serving)


@order.host_files
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config):
        site = Path(config["site_dir"])
        write_host_files(site, site_policy(site))
