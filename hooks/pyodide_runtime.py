"""MkDocs hook: the self-hosted Pyodide runtime, the engine's wheel and its lock file into the
site, once every language is built. See rebond_site.runtime."""

from __future__ import annotations

from pathlib import Path

from rebond_site import order
from rebond_site.runtime import ship, snapshot_switch


@order.site_files
def on_post_build(config, **kwargs) -> None:
    if order.is_final_build(config):
        ship(Path(config["site_dir"]), snapshot=snapshot_switch(config["extra"]))
