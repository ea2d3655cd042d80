"""What the build is made from: every Python package pinned with its hashes and installed with
--require-hashes; the packages installed are the ones locked."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\]+)")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(path: Path) -> dict[str, tuple[str, list[str]]]:
    """{package: (version, [sha256, ...])} from a pip-compile lock with hashes.

    Every requirement line must be an exact pin followed by its --hash options only."""
    entries: dict[str, tuple[str, list[str]]] = {}
    current = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        pin = _REQUIREMENT.match(text)
        if pin:
            current = _canonical(pin.group(1))
            assert current not in entries, f"{path.name}:{number}: {current} twice"
            entries[current] = (pin.group(2), [])
            continue
        hashed = re.fullmatch(r"--hash=sha256:([0-9a-f]{64})( \\)?", text)
        assert hashed, f"{path.name}:{number}: neither an exact pin nor its hash: {line!r}"
        assert current, f"{path.name}:{number}: neither an exact pin nor its hash: {line!r}"
        entries[current][1].append(hashed.group(1))
    return entries


def test_every_locked_package_is_pinned_with_a_hash():
    for lock in ("requirements.lock", "scripts/lock-tools.lock"):
        entries = locked(ROOT / lock)
        assert len(entries) > 5, lock
        unhashed = sorted(name for name, (_, hashes) in entries.items() if not hashes)
        assert not unhashed, f"{lock}: no hash for {unhashed}"


def test_the_lock_holds_every_dependency_of_the_project_at_its_pin():
    entries = locked(ROOT / "requirements.lock")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = [*(pin for extra in project["project"]["optional-dependencies"].values() for pin in extra),
                *[line for line in (ROOT / "scripts" / "lock.in").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]]
    for requirement in declared:
        pin = _REQUIREMENT.match(requirement)
        assert pin, f"{requirement}: not an exact pin"
        name, version = pin.groups()
        assert entries.get(_canonical(name), (None,))[0] == version, f"{requirement} not locked at that pin"
    assert entries["mkdocs-material"][0] == "9.8.2"
    assert entries["pymdown-extensions"][0] == "13.1.2"


def test_setup_installs_the_lock_with_require_hashes_and_nothing_unlocked():
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    installs = [line.strip() for line in setup.splitlines() if re.search(r"pip install\b", line)]
    assert installs
    for line in installs:
        # Either the lock, hash-checked, or the project itself (no dependencies, no download).
        assert ("--require-hashes -r requirements.lock" in line
                or ("--no-deps" in line and "--no-build-isolation" in line and line.endswith("-e ."))), line


def test_the_installed_packages_are_the_locked_ones():
    entries = locked(ROOT / "requirements.lock")
    wrong = {}
    for name, (version, _) in entries.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong[name] = (version, installed)
    assert not wrong, f"locked vs installed: {wrong}"
