"""The documents a maintainer reads name only files that exist (issue 18).

CONTRIBUTING, the README and the benchmark's notes name files in `backticks`, often relative to
the folder the paragraph is about ("engine/worker.js", "locales/fr/review.py", "guide/remercier.md").
Each such name must be a file or folder of the repository under one of the folders below, or a
file the build writes into the site (listed, with why, in BUILT). Names with a placeholder
("locales/<lang>/") stand for many files and are checked for their fixed part.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("CONTRIBUTING.md", "README.md", "bench/NOTES.md")
# Where a relative name may start: the repository, its site sources, its scripts, the engine.
BASES = ("", "docs", "docs/assets/javascripts", "src", "src/rebond", "src/rebond/locales/fr", "src/rebond_site",
         "tests", "node_modules/pyodide")
# Not files of the repository: what the build writes into the site, paths on a server, a MIME type.
BUILT = {"sw.js", "pyodide-lock.json", ".well-known/security.txt", "/.well-known/security.txt",
         "assets/pyodide/<digest>/", "assets/pyodide/<version>/",
         "/srv/rebond", "/en/", "pyodide/", "user.github.io/rebond/", "application/wasm",
         "page.md", "page.en.md"}  # the last two: static-i18n's naming, said with an example name
# Folders that commands fill: the built site (`make build`), the benchmark's report (`make bench`).
OUTPUT = ("site/", "bench/results/")
# Where a bare file name ("client.js", "grammar.py") may live.
SOURCES = ("docs", "src", "tests", "bench", "scripts", "hooks", "overrides", "macros", "node_modules/pyodide")
NAME = re.compile(r"`([^`\s]+)`")
PATHLIKE = re.compile(r"\.(?:py|js|mjs|html|css|md|yml|toml|json|lock|sh|txt|tsv|tsx?)$|/$")


def named_paths(text: str) -> set[str]:
    names = set()
    for name in NAME.findall(text):
        if "=" in name or "://" in name or name.startswith(("-", "$")):
            continue
        if PATHLIKE.search(name) or "/" in name:
            names.add(name)
    return names


def exists(name: str) -> bool:
    """A file or folder of the repository (a bare file name: anywhere in its sources)."""
    if "<" in name:  # "locales/<lang>/grammar.py", "page.<code>.md": the fixed folder must exist
        folder = name.split("<", 1)[0].rpartition("/")[0]
        return not folder or any((ROOT / base / folder).is_dir() for base in BASES)
    if name.startswith("."):  # ".en.md": a suffix, not a file
        return True
    if "/" not in name:
        return (ROOT / name).exists() or any(next(ROOT.joinpath(top).rglob(name), None) for top in SOURCES)
    return any((ROOT / base / name.lstrip("/")).exists() for base in BASES)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_file_a_document_names_exists(document):
    names = named_paths((ROOT / document).read_text(encoding="utf-8"))
    assert len(names) > 5, "the check found too few names to be reading the document"
    missing = sorted(n for n in names - BUILT if not n.startswith(OUTPUT) and not exists(n))
    assert not missing, f"{document} names files that do not exist: {missing}"


def test_the_check_sees_a_missing_file():
    assert not exists("engine/no-such-module.js")
    assert not exists("src/rebond/nowhere.py")
    assert not exists("nowhere.py")
    for real in ("engine/worker.js", "guide/remercier.md", "locales/<lang>/messages.py"):
        assert exists(real), real
