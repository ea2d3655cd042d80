"""The reviewer's time on 20,000 characters of adversarial text, under CPython (issue 15).

The linear-time test (tests/unit/test_review_speed.py) checks that the time grows like the
text; this measures the figure itself: each text reviewed through ``rebond.api.handle`` (the
worker's entry point), the median of several runs. Budget: under 100 ms for each text.
"""

from __future__ import annotations

import json
import statistics
import time

SIZE = 20_000
# Texts that made the reviewer of issue 14 take seconds (quadratic steps), and ordinary prose.
TEXTS = {
    "French prose with findings": "Madame,\n\nJe vous remercie, mais vous faites une erreur. "
                                  "Cela fait trois semaines que j’attends ! "
                                  "Je ne vous demande pas de nouvel entretien. ",
    "'Merci !! ' (a finding every 9 characters)": "Merci !! ",
    "no spaces": "a",
    "one long token": "x" * 4_999 + " ",
    "astral characters": "😀",
    "spaces then '!'": " " * 4_999 + "!",
    "full stops": "a.",
    "at signs": "a@",
    "capitals": "VOUS ÊTES ",
    "gender marks": "déçu(e)·e ",
    "guillemets": "«»",
}


def measure(runs: int = 5) -> dict[str, float]:
    """Median ms per text, reviewed as the generator page asks (``check``: review, mailto, count)."""
    from rebond.api import handle

    out = {}
    for name, unit in TEXTS.items():
        text = (unit * (SIZE // len(unit) + 1))[:SIZE]
        request = json.dumps({"op": "check", "args": {"text": text, "lang": "fr", "kind": "thanks_feedback",
                                                       "channel": "email", "ui_lang": "fr"}})
        handle(request)  # warm up (rules compiled, caches filled)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            handle(request)
            times.append((time.perf_counter() - start) * 1000)
        out[name] = statistics.median(times)
    return out
