"""What the build tells the engine's worker (src/rebond_site/runtime.py, engine/build.js): the
runtime's version from package.json only, and the memory snapshot's switch."""

from __future__ import annotations

import json

import pytest

from rebond_site import runtime


@pytest.mark.parametrize(("extra", "expected"), [
    # Off by default: only an origin declared as the site's own keeps a snapshot (issue 22).
    (None, False), ({}, False), ({"memory_snapshot": True}, False),
    ({"dedicated_origin": True}, True), ({"dedicated_origin": True, "memory_snapshot": True}, True),
    ({"dedicated_origin": True, "memory_snapshot": False}, False),
    ({"dedicated_origin": False, "memory_snapshot": True}, False),
])
def test_the_snapshot_is_kept_only_on_a_declared_dedicated_origin(extra, expected):
    assert runtime.snapshot_switch(extra) is expected


@pytest.mark.parametrize("name", ["memory_snapshot", "dedicated_origin"])
@pytest.mark.parametrize("value", ["false", "no", 0, None])
def test_a_switch_that_is_not_a_boolean_stops_the_build(name, value):
    with pytest.raises(SystemExit, match=name):
        runtime.snapshot_switch({"dedicated_origin": True, name: value})


def test_the_runtime_version_is_package_jsons_and_a_stale_install_stops_the_build(tmp_path, monkeypatch):
    pinned = json.loads((runtime.ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    assert runtime.runtime_version() == pinned
    stale = tmp_path / "pyodide"
    stale.mkdir()
    (stale / "package.json").write_text(json.dumps({"version": "0.0.1"}), encoding="utf-8")
    monkeypatch.setattr(runtime, "RUNTIME", stale)
    with pytest.raises(SystemExit, match=f"0.0.1, package.json pins {pinned}"):
        runtime.runtime_version()


def test_the_build_facts_go_over_the_placeholder_once(tmp_path):
    module = tmp_path / "build.js"
    module.write_text(f"export const BUILD = {runtime.BUILD_PLACEHOLDER};\n", encoding="utf-8")
    runtime.write_build_info(module, {"runtime": "1.2.3", "snapshot": False})
    assert module.read_text(encoding="utf-8") == 'export const BUILD = {"runtime": "1.2.3", "snapshot": false};\n'
    with pytest.raises(SystemExit, match="no /\\*__REBOND_BUILD__\\*/null"):
        runtime.write_build_info(module, {"runtime": "1.2.3"})
