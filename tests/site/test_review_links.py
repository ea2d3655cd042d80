"""Every finding's link to the guide leads to a section that exists, in each language (issue 15).

The review's texts name a section of the guide for each rule (each pack's review ``GUIDE``); the
guide's pages are edited on their own, so a renamed heading would leave a link to nowhere.
"""

from __future__ import annotations

import re

import pytest

from rebond import locales
from support.regex import found

PREFIX = {"fr": "", "en": "en/"}


@pytest.mark.parametrize("lang", locales.codes())
def test_every_guide_link_of_the_review_exists(site_dir, lang):
    guide = locales.pack(lang).review.GUIDE
    assert guide
    for code, (path, title) in guide.items():
        page, _, anchor = path.partition("#")
        html = (site_dir / (PREFIX[lang] + page) / "index.html").read_text(encoding="utf-8")
        assert anchor, (lang, code, path)
        assert f'id="{anchor}"' in html, (lang, code, path)
        # The link's words are the section's own title (or its first words).
        heading = found(rf'<h[23] id="{re.escape(anchor)}">(.*?)<', html).group(1)
        assert heading.replace("’", "'").startswith(title.replace("’", "'").split(" :")[0].rstrip(".")) or \
            title.replace("’", "'") in heading.replace("’", "'"), (lang, code, title, heading)
