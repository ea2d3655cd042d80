"""MkDocs hook: the service worker, with the digest of every file the build wrote (it runs after
every other step). See rebond_site.offline."""

from __future__ import annotations

from pathlib import Path

from rebond_site import order
from rebond_site.offline import write_sw

_serving = False  # `mkdocs serve`: a worker that removes itself (live reload, no stale cache)


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    global _serving
    _serving = command == "serve"


@order.offline_manifest
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config):
        write_sw(Path(config["site_dir"]), serving=_serving)
