"""Macros of the printable checklists (thin adapters to the engine's checklists):

- ``checklist(id, level=1)``: one checklist (real checkboxes with labels, a header that only
  shows on paper: site name, a line for the date, a line for the job);
- ``followup_table(level=1)``: the hand-filled "Mon suivi / My follow-ups" table;
- ``all_checklists()``: every checklist, each on its own printed page;
- ``checklist_links()``: a list of links to every checklist page.

The markup is in ``overrides/rebond/checklist.html`` (rendered by rebond_site.templates); every
text comes from the engine's catalogs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from rebond import checklists
from rebond_site import templates


class _Ids:
    """Ids unique on the page: a second rendering of the same checklist gets a suffix."""

    def __init__(self, env) -> None:
        self._env = env
        self._seen: dict[str, Counter] = {}

    def prefix(self, checklist_id: str) -> str:
        page = getattr(self._env, "page", None)
        key = getattr(getattr(page, "file", None), "src_uri", "") or ""
        counter = self._seen.setdefault(key, Counter())
        counter[checklist_id] += 1
        n = counter[checklist_id]
        return f"rl-{checklist_id}" + ("" if n == 1 else f"-{n}")


def render_checklist(theme: Any, checklist_id: str, lang: str, prefix: str, level: int = 1, *,
                     searchable: bool = True) -> str:
    """One checklist as a single line of HTML. `searchable=False` keeps a second copy (the
    print-all page) out of search results."""
    return templates.render(theme, "rebond/checklist.html", data=checklists.get_checklist(checklist_id, lang),
                            labels=checklists.labels(lang), prefix=prefix, level=min(max(int(level), 1), 6),
                            searchable=searchable)


def register(env, page_lang: Callable[[], str]) -> None:
    """Define this module's macros on the mkdocs-macros ``env``."""
    ids = _Ids(env)

    @env.macro
    def checklist(checklist_id: str, level: int = 1, searchable: bool = True) -> str:
        """One checklist, in the page's language."""
        return render_checklist(env.conf["theme"], checklist_id, page_lang(), ids.prefix(checklist_id), level,
                                searchable=searchable)

    @env.macro
    def followup_table(level: int = 1) -> str:
        """The hand-filled follow-up table ("Mon suivi / My follow-ups")."""
        return checklist("followups", level)

    @env.macro
    def all_checklists(level: int = 2) -> str:
        """Every checklist, each printed on its own page (see checklists.css)."""
        # Each list has its own page: search points there, not at this copy.
        blocks = "".join(checklist(cid, level, searchable=False) for cid in checklists.checklist_ids())
        return f'<div class="rebond-checklist-all">{blocks}</div>'

    @env.macro
    def checklist_links() -> str:
        """A Markdown list of links to every checklist page (relative to the lists' index, so
        MkDocs checks them), each with its introduction."""
        lang = page_lang()
        sep = checklists.labels(lang)["link_sep"]
        return "\n".join(
            f'- [{data["title"]}]({data["slug"]}.md){sep}{data["intro"]}'
            for data in checklists.all_checklists(lang)
        )
