"""Shared fixtures: the built site, a production-like server, and guarded Chromium pages.

- `site_dir`: the site built once per run, for all the workers, with --strict (REBOND_SITE_DIR
  reuses a build); it is built as a deployer builds by default: for a shared origin, with no memory snapshot.
  REBOND_DEDICATED_ORIGIN=true builds it for a dedicated origin, snapshot on, so the whole
  suite runs that way.
- `snapshot_site` / `snapshot_server`: the site with the snapshot on, whatever `site_dir` says
  (the snapshot's own tests); `no_snapshot_site` / `no_snapshot_server`: with it off. Each is
  `site_dir` when that already has the switch so, else a build of its own.
- `server` / `base_url`: the site on a free loopback port with the shipped headers (CSP...).
- `browser`: Debian's Chromium through Playwright (one per session).
- `context` / `page`: a fresh context and page per test, guarded: a request outside the site,
  a CSP violation or an uncaught error fails the test (`guard.expect(...)` for provoked ones);
  under the `one_visit` marker, without service workers (see `context`).
- `axe_check(page)`: fails on any WCAG A/AA violation that axe-core finds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.browser import TEST_ARGS, axe_violations, chromium_path, format_violations, guard_context
from support.build import build_once
from support.offline import snapshots_on
from support.server import SiteServer


def _shared_tmp(tmp_path_factory) -> Path:
    """A folder this run's workers share (pytest-xdist gives each its own temporary folder
    inside the run's one): the builds are made once for all of them."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "builds"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    if os.environ.get("REBOND_SITE_DIR"):
        return Path(os.environ["REBOND_SITE_DIR"])
    return build_once(_shared_tmp(tmp_path_factory), "site")


@pytest.fixture(scope="session")
def server(site_dir):
    with SiteServer(site_dir) as srv:
        yield srv


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server.url


def _site_with_snapshot(site_dir: Path, tmp_path_factory, on: bool) -> Path:
    if snapshots_on(site_dir) == on:
        return site_dir
    return build_once(_shared_tmp(tmp_path_factory), "snapshot-" + ("on" if on else "off"), snapshot=on)


@pytest.fixture(scope="session")
def snapshot_site(site_dir, tmp_path_factory) -> Path:
    return _site_with_snapshot(site_dir, tmp_path_factory, True)


@pytest.fixture(scope="session")
def no_snapshot_site(site_dir, tmp_path_factory) -> Path:
    return _site_with_snapshot(site_dir, tmp_path_factory, False)


def _served(site: Path, site_dir: Path, server):
    if site == site_dir:
        yield server
    else:
        with SiteServer(site) as srv:
            yield srv


@pytest.fixture(scope="session")
def snapshot_server(snapshot_site, site_dir, server):
    yield from _served(snapshot_site, site_dir, server)


@pytest.fixture(scope="session")
def no_snapshot_server(no_snapshot_site, site_dir, server):
    yield from _served(no_snapshot_site, site_dir, server)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=chromium_path(), args=TEST_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def context(browser, server, request):
    # A test marked `one_visit` (a module's `pytestmark`) reads what a first visit shows and never
    # uses the offline copy: its context blocks service workers, whose install would otherwise copy
    # the whole site in every such context (about 1 s of processor each on two cores). A first
    # visit is never under the service worker anyway; the offline copy has its own tests
    # (test_offline, test_hardening, test_spelling, test_generator_fresh, test_generator_carry).
    blocked = request.node.get_closest_marker("one_visit") is not None
    context = browser.new_context(locale="fr-FR", accept_downloads=True,
                                  service_workers="block" if blocked else "allow")
    context.set_default_timeout(15_000)
    guard = guard_context(context, server.origin)
    context.rebond_guard = guard
    yield context
    context.close()
    problems = guard.unexpected()
    assert not problems, "the page did what it must not:\n" + "\n".join(problems)


@pytest.fixture
def guard(context):
    return context.rebond_guard


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def axe_check():
    def check(page, exclude: list[str] | None = None) -> None:
        violations = axe_violations(page, exclude=exclude)
        assert not violations, f"axe found WCAG violations on {page.url}:\n{format_violations(violations)}"

    return check
