"""Deployment files of the built site: `_headers`, the nginx example, the runtime's versioned
folder and the engine's build folder, the offline service worker's manifest, the per-page
policies, security.txt and the sitemap."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rebond_site import csp, deploy_files, offline
from support.offline import build_info
from support.pages import LANGS, pages
from support.regex import found

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
            assert line.startswith("  "), f"not `_headers` syntax: {line!r}"
            assert ": " in line, f"not `_headers` syntax: {line!r}"
            name, value = line.strip().split(": ", 1)
            rules[-1][1][name] = value
    return rules


def _rule(site: Path, path: str) -> dict[str, str]:
    return dict(_rules(site)).get(path, {})


def _directives(csp: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (x.strip() for x in csp.split(";")) if d}


def _script_src(html: str) -> list[str]:
    """The script-src directive of a page's <meta> policy."""
    return _directives(found(_META_CSP, html).group(1))["script-src"]


def _build_folder(site: Path) -> Path:
    (lock,) = (site / "assets" / "pyodide").glob("*/pyodide-lock.json")
    return lock.parent


def _sri(data: bytes) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()


def test_headers_file_sends_the_policy_and_the_protective_headers(site_dir):
    everything = _rule(site_dir, "/*")
    csp = _directives(everything["Content-Security-Policy"])
    assert csp["script-src"][:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert "'unsafe-inline'" not in everything["Content-Security-Policy"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert everything["X-Content-Type-Options"] == "nosniff"
    assert everything["Strict-Transport-Security"] == "max-age=31536000"
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
            meta = _directives(found(_META_CSP, text).group(1))["script-src"]
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
    assert (folder / "pyodide.asm.wasm").is_file()
    assert (folder / "pyodide.mjs").is_file()
    # Nothing of the runtime outside it (a stale copy would be served with the wrong caching).
    assert not (site_dir / "assets" / "pyodide" / "pyodide.asm.wasm").exists()
    # The engine's worker learns it from the build (package.json's pin, written nowhere else).
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    assert build_info(site_dir)["runtime"] == NPM_VERSION == pinned
    engine = site_dir / "assets" / "javascripts" / "engine"
    assert not any(NPM_VERSION in p.read_text(encoding="utf-8") for p in engine.glob("*.js") if p.name != "build.js")


def test_fingerprinted_files_and_the_runtime_folder_are_cached_for_good(site_dir):
    rules = dict(_rules(site_dir))
    immutable = {path for path, headers in rules.items() if "immutable" in headers.get("Cache-Control", "")}
    assert f"/assets/pyodide/{NPM_VERSION}/*" in immutable
    assert f"/assets/pyodide/{_build_folder(site_dir).name}/*" in immutable  # named after its content
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
    pages = 0
    for selector, block in serving.items():
        expected = dict(common)
        if selector.startswith("= /") and selector.endswith(".html"):
            # A page's location sends its own policy: the one its `_headers` rule adds.
            expected["Content-Security-Policy"] = _rule(site_dir, selector[2:])["Content-Security-Policy"]
            pages += 1
        for name, value in expected.items():
            assert block["headers"].get(name) == value, f"nginx {selector}: {name} differs from _headers"
    assert pages == len(list(site_dir.rglob("*.html")))
    # Host files are not served to readers.
    assert "return 404;" in blocks["~ ^/_"]["lines"]
    assert blocks["= /sw.js"]["headers"]["Cache-Control"] == "no-cache"
    # HTTP only redirects to HTTPS, where every location sends HSTS (the common headers).
    assert "listen 443 ssl;" in text
    assert "return 301 https://$host$request_uri;" in text
    assert all("Strict-Transport-Security" in b["headers"] for b in serving.values())
    runtime = blocks[f"^~ /assets/pyodide/{NPM_VERSION}/"]
    assert "immutable" in runtime["headers"]["Cache-Control"]
    build = _build_folder(site_dir).name
    assert "immutable" in blocks[f"^~ /assets/pyodide/{build}/"]["headers"]["Cache-Control"]
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
    core, runtime = set(manifest["core"]["files"]), set(manifest["runtime"]["files"])
    assert all(not u.startswith(("/", "http")) for u in core | runtime), "URLs must be relative"
    for lang in LANGS:
        prefix = "" if lang == "fr" else f"{lang}/"
        for rel in pages(site_dir, lang):
            assert (prefix + rel or "./") in core, f"page not precached: {prefix + rel}"
    for needed in ("404.html", "search/search_index.json", "en/search/search_index.json",
                   "assets/javascripts/offline.js", "assets/javascripts/engine/worker.js",
                   "assets/javascripts/forget.js"):
        assert needed in core, needed
    build = _build_folder(site_dir).name
    for needed in (f"assets/pyodide/{NPM_VERSION}/pyodide.asm.wasm", f"assets/pyodide/{build}/pyodide-lock.json",
                   f"assets/pyodide/{build}/python_stdlib_min.zip"):
        assert needed in runtime, needed
    assert any(re.fullmatch(rf"assets/pyodide/{build}/rebond-[\d.]+-py3-none-any\.whl", u) for u in runtime)
    # Every listed file exists, with the digest the worker checks (a wrong one would make the
    # worker refuse the file, a missing file its install fail).
    for url, digest in {**manifest["core"]["files"], **manifest["runtime"]["files"]}.items():
        path = site_dir / url / "index.html" if url.endswith("/") else site_dir / url
        assert path.is_file(), url
        assert digest == _sri(path.read_bytes()), url
    assert not any(u.startswith(("_", ".well-known")) or u.endswith(".map") or u.startswith("sitemap") for u in core), \
        "host files, crawlers' files or source maps precached"


def test_the_engines_files_are_named_after_the_build_and_their_digests_published(site_dir):
    folder = _build_folder(site_dir)
    lock_bytes = (folder / "pyodide-lock.json").read_bytes()
    lock = json.loads(lock_bytes)
    # The folder is named after the lock file, which holds the digests of all the rest: a new
    # engine, standard library or runtime is always at a new URL.
    assert folder.name == hashlib.sha256(lock_bytes).hexdigest()[:16]
    stdlib = (folder / "python_stdlib_min.zip").read_bytes()
    wasm = (site_dir / "assets" / "pyodide" / NPM_VERSION / "pyodide.asm.wasm").read_bytes()
    assert lock["rebond"] == {"stdlib_sha256": hashlib.sha256(stdlib).hexdigest(),
                              "wasm_sha256": hashlib.sha256(wasm).hexdigest()}
    # The worker knows the folder and checks the lock file, the standard library and the
    # WebAssembly against these digests (the lock file then gives the wheel's).
    build = build_info(site_dir)
    assert build == {"runtime": NPM_VERSION, "folder": folder.name, "lock": _sri(lock_bytes), "stdlib": _sri(stdlib),
                     "wasm": _sri(wasm), "sizes": {"wasm": len(wasm)}, "snapshot": build["snapshot"]}
    assert build["snapshot"] in (True, False)
    # Only this build's folder and the runtime's versioned one.
    assert sorted(p.name for p in (site_dir / "assets" / "pyodide").iterdir()) == sorted([NPM_VERSION, folder.name])


def test_precache_versions_follow_the_content_of_their_own_group(tmp_path):
    site = tmp_path / "site"
    (site / "guide").mkdir(parents=True)
    (site / "assets" / "pyodide" / "1.0").mkdir(parents=True)
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "guide" / "index.html").write_text("guide", encoding="utf-8")
    (site / "assets" / "pyodide" / "1.0" / "x.wasm").write_bytes(b"\0asm")
    (site / "_headers").write_text("/*\n", encoding="utf-8")
    (site / ".well-known").mkdir()
    (site / ".well-known" / "security.txt").write_text("Contact: mailto:a@b.c\n", encoding="utf-8")
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    first = offline.precache_groups(site)
    assert first["core"]["files"] == {"./": _sri(b"home"), "guide/": _sri(b"guide")}
    assert first["runtime"]["files"] == {"assets/pyodide/1.0/x.wasm": _sri(b"\0asm")}
    (site / "guide" / "index.html").write_text("guide, revised", encoding="utf-8")
    second = offline.precache_groups(site)
    assert second["core"]["version"] != first["core"]["version"]
    assert second["runtime"]["version"] == first["runtime"]["version"]
    (site / "assets" / "pyodide" / "1.0" / "x.wasm").write_bytes(b"\0asm2")
    assert offline.precache_groups(site)["runtime"]["version"] != first["runtime"]["version"]


@pytest.mark.parametrize("serving", [False, True])
def test_service_worker_source_is_complete_and_serve_mode_removes_itself(serving):
    groups = None if serving else {"core": {"version": "a", "files": {"./": "sha256-x"}},
                                   "runtime": {"version": "b", "files": {}}}
    source = offline.render_sw(groups)
    assert "__REBOND_MANIFEST__" not in source
    declared = found(r"const MANIFEST = (.*?);\nconst PREFIX", source, re.S).group(1)
    assert json.loads(declared) == groups


# Pages that run the engine: the generator and the planner (their scripts import engine/client.js).
ENGINE_PAGES = {"outils/ecrire-mon-message/", "outils/planificateur/"}


def test_only_pages_that_run_the_engine_may_compile_webassembly(site_dir):
    for lang in LANGS:
        allowed = {rel for rel, html in pages(site_dir, lang).items()
                   if "'wasm-unsafe-eval'" in _script_src(html.read_text(encoding="utf-8"))}
        assert allowed == ENGINE_PAGES, lang
    # The header stays the engine's worker's policy, which needs it (a <meta> cannot reach it).
    assert "'wasm-unsafe-eval'" in _directives(_rule(site_dir, "/*")["Content-Security-Policy"])["script-src"]


def test_a_page_runs_the_engine_when_its_scripts_reach_the_client(tmp_path):
    js = tmp_path / "assets" / "javascripts"
    (js / "engine").mkdir(parents=True)
    (js / "engine" / "client.js").write_text("export const x = 1;", encoding="utf-8")
    (js / "lazy.js").write_text('const m = () => import("./engine/client.js");', encoding="utf-8")
    (js / "a.js").write_text('import { y } from "./b.js";', encoding="utf-8")
    (js / "b.js").write_text('import { x } from "./engine/client.js"; export const y = x;', encoding="utf-8")
    plain = 'import "./a-missing.js"; // "./engine/client.js" in a comment of a string'
    (js / "plain.js").write_text(plain, encoding="utf-8")
    assert csp.runs_engine(["assets/javascripts/lazy.js"], tmp_path)
    assert csp.runs_engine(["assets/javascripts/a.js"], tmp_path)
    assert not csp.runs_engine(["assets/javascripts/plain.js"], tmp_path)
    assert not csp.runs_engine([], tmp_path)


def test_no_sitemap_without_a_site_url_and_security_txt_from_the_environment(site_dir, tmp_path, monkeypatch):
    # The test build has no REBOND_SITE_URL: no sitemap of "None./" addresses.
    assert not (site_dir / "sitemap.xml").exists()
    assert not (site_dir / "sitemap.xml.gz").exists()
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    monkeypatch.setenv("REBOND_SECURITY_CONTACT", "mailto:security@rebond.example")
    deploy_files.write_deployment_files(site, "https://rebond.example/", now)
    assert (site / ".well-known" / "security.txt").read_text(encoding="utf-8") == (
        "Contact: mailto:security@rebond.example\nExpires: 2027-05-30T12:00:00Z\nPreferred-Languages: fr, en\n"
        "Canonical: https://rebond.example/.well-known/security.txt\n")
    assert (site / "sitemap.xml").exists()  # with a site URL, MkDocs' own sitemap stays
    deploy_files.write_deployment_files(site, None, now)
    assert not (site / "sitemap.xml").exists()
    with pytest.raises(ValueError, match="REBOND_SECURITY_CONTACT must be"):
        deploy_files.render_security_txt("security@rebond.example", now)


def test_the_site_url_comes_from_the_environment(monkeypatch):
    from mkdocs.config import load_config

    monkeypatch.setenv("REBOND_SITE_URL", "https://rebond.example/guide/")
    assert load_config(str(ROOT / "mkdocs.yml"))["site_url"] == "https://rebond.example/guide/"
    monkeypatch.delenv("REBOND_SITE_URL")
    assert load_config(str(ROOT / "mkdocs.yml"))["site_url"] is None


def test_every_html_file_the_build_writes_runs_under_its_own_policy(site_dir):
    # The placeholder left in 404.html meant no policy on every missing URL (issue 22).
    rules = dict(_rules(site_dir))
    engine_pages = 0
    for html in sorted(site_dir.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        path = "/" + html.relative_to(site_dir).as_posix()
        assert "__REBOND_CSP__" not in text, path
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', text)
        assert len(metas) == 1, path
        meta = metas[0]
        assert meta.startswith("default-src 'self'; script-src 'self'"), path
        for refused in ("'unsafe-inline'", "'unsafe-eval'"):
            assert refused not in meta, path
        for required in ("object-src 'none'", "form-action 'none'"):
            assert required in meta, path
        # WebAssembly only where the page's scripts start the engine.
        runs_engine = 'id="rebond-generator"' in text or 'id="rebond-planner"' in text
        assert ("'wasm-unsafe-eval'" in meta) == runs_engine, path
        engine_pages += runs_engine
        # Its headers add the same policy (and frame-ancestors) at the page's URLs.
        for url in ([path[: -len("index.html")], path] if path.endswith("/index.html") else [path]):
            assert rules[url]["Content-Security-Policy"] == meta + "; frame-ancestors 'none'", url
    assert engine_pages >= 4  # the generator and the planner, in both languages
    # The engine's worker runs under the site-wide rule, which allows WebAssembly.
    assert "'wasm-unsafe-eval'" in rules["/*"]["Content-Security-Policy"]
    assert rules["/forget.txt"]["Clear-Site-Data"] == '"cache"'
    assert rules["/forget.txt"]["X-Rebond-Forget"] == "cache"


def test_the_service_worker_answers_with_the_builds_headers(site_dir):
    manifest = _manifest(site_dir)
    headers = manifest["headers"]
    rules = dict(_rules(site_dir))
    assert headers["policies"][headers["site"]] == rules["/*"]["Content-Security-Policy"]
    pages = [p for p in manifest["core"]["files"] if p.endswith("/") or p.endswith(".html")]
    assert pages
    assert sorted(headers["pages"]) == sorted(pages)
    for url, index in headers["pages"].items():
        path = "/" if url == "./" else "/" + url
        assert headers["policies"][index] == rules[path]["Content-Security-Policy"], url
    assert headers["common"]["X-Content-Type-Options"] == "nosniff"
    assert headers["types"][".js"].startswith("text/javascript")
