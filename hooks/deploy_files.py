"""MkDocs hook: ``security.txt`` and the sitemap, which depend on where the site is deployed
(REBOND_SECURITY_CONTACT, REBOND_SITE_URL). See rebond_site.deploy_files."""

from __future__ import annotations

from pathlib import Path

from rebond_site import order
from rebond_site.deploy_files import write_deployment_files

_serving = False  # the development server is not a deployment (it sets site_url to itself)


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    global _serving
    _serving = command == "serve"


@order.deployment
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config) and not _serving:
        write_deployment_files(Path(config["site_dir"]), config.get("site_url"))
