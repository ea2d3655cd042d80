"""The built site's pages, by language, without a browser."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

LANGS = ("fr", "en")
DEFAULT = "fr"


def pages(site: Path, lang: str) -> dict[str, Path]:
    """Page path relative to its language root (e.g. 'guide/remercier/') -> HTML file."""
    root = site if lang == DEFAULT else site / lang
    found = {}
    for html in root.rglob("index.html"):
        rel = html.parent.relative_to(root).as_posix()
        if lang == DEFAULT and (rel.split("/")[0] in LANGS or rel.startswith(("assets", "search"))):
            continue
        found["" if rel == "." else rel + "/"] = html
    return found


class Tags(HTMLParser):
    """Collects (tag, attributes) of a document, and the text of <script>/<style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.inline: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style"):
            self._open = tag

    def handle_endtag(self, tag):
        if tag == self._open:
            self._open = None

    def handle_data(self, data):
        if self._open:
            self.inline.append((self._open, data))


def parse(path: Path) -> Tags:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser
