"""Deployment files of the built site: `_headers`, the nginx example, the runtime's versioned
folder, and the offline service worker's precache list."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from support.pages import LANGS, pages

ROOT = Path(__file__).resolve().parents[2]
NPM_VERSION = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text(encoding="utf-8"))["version"]
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S | re.I)
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')


def _rules(site: Path) -> list[tuple[str, dict[str, str]]]:
    rules: list[tuple[str, dict[str, str]]] = []
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            rules.append((line, {}))
        else:
            assert line.startswith("  ") and ": " in line, f"not `_headers` syntax: {line!r}"
            name, value = line.strip().split(": ", 1)
            rules[-1][1][name] = value
    return rules


def _rule(site: Path, path: str) -> dict[str, str]:
    return dict(_rules(site)).get(path, {})


def _directives(csp: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (x.strip() for x in csp.split(";")) if d}


def _load_hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_headers_file_sends_the_policy_and_the_protective_headers(site_dir):
    everything = _rule(site_dir, "/*")
    csp = _directives(everything["Content-Security-Policy"])
    assert csp["script-src"][:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert "'unsafe-inline'" not in everything["Content-Security-Policy"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert everything["X-Content-Type-Options"] == "nosniff"
    assert everything["Referrer-Policy"] == "no-referrer"
    permissions = dict(p.strip().split("=", 1) for p in everything["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert permissions[feature] == "()", feature


def test_every_inline_script_of_every_page_is_allowed_by_hash(site_dir):
    header = _directives(_rule(site_dir, "/*")["Content-Security-Policy"])["script-src"]
    checked = 0
    for lang in LANGS:
        for rel, html in pages(site_dir, lang).items():
            text = html.read_text(encoding="utf-8")
            meta = _directives(_META_CSP.search(text).group(1))["script-src"]
            for body in _INLINE.findall(text):
                if not body.strip():
                    continue
                digest = "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
                assert digest in meta, f"{lang}/{rel}: inline script not in the page's CSP"
                assert digest in header, f"{lang}/{rel}: inline script not in _headers' CSP"
                checked += 1
    assert checked > 0


def test_runtime_lives_in_a_folder_named_after_its_pinned_version(site_dir):
    folder = site_dir / "assets" / "pyodide" / NPM_VERSION
    assert (folder / "pyodide.asm.wasm").is_file() and (folder / "pyodide.mjs").is_file()
    # Nothing of the runtime outside it (a stale copy would be served with the wrong caching).
    assert not (site_dir / "assets" / "pyodide" / "pyodide.asm.wasm").exists()
    worker = (site_dir / "assets" / "javascripts" / "engine" / "worker.js").read_text(encoding="utf-8")
    imported = re.search(r'from "\.\./\.\./pyodide/([^/"]+)/pyodide\.mjs"', worker)
    assert imported and imported.group(1) == NPM_VERSION
    assert f'new URL("{NPM_VERSION}/", RUNTIME)' in worker


def test_fingerprinted_files_and_the_runtime_folder_are_cached_for_good(site_dir):
    rules = dict(_rules(site_dir))
    immutable = {path for path, headers in rules.items() if "immutable" in headers.get("Cache-Control", "")}
    assert f"/assets/pyodide/{NPM_VERSION}/*" in immutable
    fingerprinted = [p for p in site_dir.rglob("*") if re.search(r"\.[0-9a-f]{8}\.min\.(js|css)$", p.name)]
    assert fingerprinted, "Material's fingerprinted bundle not found"
    for path in fingerprinted:
        assert "/" + path.relative_to(site_dir).as_posix() in immutable, path
    # Files that change under the same name are not cached for good.
    assert not any(p.endswith((".html", "/sw.js", ".json", ".whl")) for p in immutable)
    assert rules["/sw.js"]["Cache-Control"] == "no-cache"
    assert rules[f"/assets/pyodide/{NPM_VERSION}/pyodide.asm.wasm"]["Content-Type"] == "application/wasm"


def _nginx_locations(text: str) -> dict[str, dict]:
    """Top-level and nested `location` blocks: {selector: {"headers": {...}, "lines": [...]}}."""
    blocks: dict[str, dict] = {}
    stack: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("location ") and line.endswith("{"):
            stack.append(line[len("location "):-1].strip())
            blocks[stack[-1]] = {"headers": {}, "lines": []}
        elif line == "}" and stack:
            stack.pop()
        elif stack:
            blocks[stack[-1]]["lines"].append(line)
            header = re.fullmatch(r'add_header (\S+) "(.*)" always;', line)
            if header:
                blocks[stack[-1]]["headers"][header.group(1)] = header.group(2)
    return blocks


def test_nginx_example_sends_the_same_headers_as_the_headers_file(site_dir):
    text = (site_dir / "_nginx.conf.example").read_text(encoding="utf-8")
    assert text.count("{") == text.count("}")
    blocks = _nginx_locations(text)
    common = _rule(site_dir, "/*")
    serving = {sel: b for sel, b in blocks.items() if "return 404;" not in b["lines"]}
    assert len(serving) >= 4
    for selector, block in serving.items():
        for name, value in common.items():
            assert block["headers"].get(name) == value, f"nginx {selector}: {name} differs from _headers"
    # Host files are not served to readers.
    assert "return 404;" in blocks["~ ^/_"]["lines"]
    assert blocks["= /sw.js"]["headers"]["Cache-Control"] == "no-cache"
    runtime = blocks[f"^~ /assets/pyodide/{NPM_VERSION}/"]
    assert "immutable" in runtime["headers"]["Cache-Control"]
    assert "default_type application/wasm;" in blocks["~ \\.wasm$"]["lines"]
    # The regex location covers exactly the files `_headers` marks as fingerprinted.
    regex_selector = next(sel for sel in blocks if sel.startswith('~ "'))
    pattern = re.compile(regex_selector[3:-1])
    assert "immutable" in blocks[regex_selector]["headers"]["Cache-Control"]
    for path, headers in _rules(site_dir):
        if "immutable" in headers.get("Cache-Control", "") and "*" not in path:
            assert pattern.search(path), path
    assert not pattern.search("/assets/javascripts/page.js")


def _manifest(site: Path) -> dict:
    text = (site / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"const MANIFEST = (\{.*?\n\});\n", text, re.S)
    assert match, "sw.js carries no precache list"
    return json.loads(match.group(1))


def test_service_worker_precaches_every_page_of_both_languages_by_relative_url(site_dir):
    manifest = _manifest(site_dir)
    core, runtime = set(manifest["core"]["urls"]), set(manifest["runtime"]["urls"])
    assert all(not u.startswith(("/", "http")) for u in core | runtime), "URLs must be relative"
    for lang in LANGS:
        prefix = "" if lang == "fr" else f"{lang}/"
        for rel in pages(site_dir, lang):
            assert (prefix + rel or "./") in core, f"page not precached: {prefix + rel}"
    for needed in ("404.html", "search/search_index.json", "en/search/search_index.json",
                   "assets/javascripts/offline.js", "assets/javascripts/engine/worker.js"):
        assert needed in core, needed
    for needed in (f"assets/pyodide/{NPM_VERSION}/pyodide.asm.wasm", "assets/pyodide/pyodide-lock.json"):
        assert needed in runtime, needed
    assert any(re.fullmatch(r"assets/pyodide/rebond-[\d.]+-py3-none-any\.whl", u) for u in runtime)
    # Every listed file exists (a missing one would make the worker's install fail).
    for url in core | runtime:
        path = site_dir / url / "index.html" if url.endswith("/") else site_dir / url
        assert path.is_file(), url
    assert not any(u.startswith("_") or u.endswith(".map") for u in core), "host files or source maps precached"


def test_precache_versions_follow_the_content_of_their_own_group(tmp_path):
    offline = _load_hook("offline")
    site = tmp_path / "site"
    (site / "guide").mkdir(parents=True)
    (site / "assets" / "pyodide" / "1.0").mkdir(parents=True)
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "guide" / "index.html").write_text("guide", encoding="utf-8")
    (site / "assets" / "pyodide" / "1.0" / "x.wasm").write_bytes(b"\0asm")
    (site / "_headers").write_text("/*\n", encoding="utf-8")
    first = offline.precache_groups(site)
    assert sorted(first["core"]["urls"]) == ["./", "guide/"]
    assert first["runtime"]["urls"] == ["assets/pyodide/1.0/x.wasm"]
    (site / "guide" / "index.html").write_text("guide, revised", encoding="utf-8")
    second = offline.precache_groups(site)
    assert second["core"]["version"] != first["core"]["version"]
    assert second["runtime"]["version"] == first["runtime"]["version"]
    (site / "assets" / "pyodide" / "1.0" / "x.wasm").write_bytes(b"\0asm2")
    assert offline.precache_groups(site)["runtime"]["version"] != first["runtime"]["version"]


@pytest.mark.parametrize("serving", [False, True])
def test_service_worker_source_is_complete_and_serve_mode_removes_itself(serving):
    offline = _load_hook("offline")
    groups = None if serving else {"core": {"version": "a", "urls": ["./"]}, "runtime": {"version": "b", "urls": []}}
    source = offline.render_sw(groups)
    assert "__REBOND_MANIFEST__" not in source
    declared = re.search(r"const MANIFEST = (.*?);\nconst PREFIX", source, re.S).group(1)
    assert json.loads(declared) == groups
