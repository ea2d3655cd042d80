"""The reviewer's time grows linearly with the text, whatever the characters (issue 15).

Each adversarial text is reviewed at 5,000, 10,000 and 20,000 characters; doubling the text
must about double the time (a quadratic step would make it four times). The processor time of
the best of several interleaved rounds, so that a busy machine slows every size alike. The absolute
figures (20,000 characters well under 100 ms) are measured by `make bench`, not here.
"""

from __future__ import annotations

import json
import time

import pytest

from rebond.api import handle

SIZES = (5_000, 10_000, 20_000)
MAX_RATIO = 3.0  # linear gives about 2; quadratic gives 4

ADVERSARIAL = {
    "exclamations": "Merci !! ",  # a finding every few characters
    "no spaces": "a",
    "one long token": "x" * 4_999 + " ",
    "astral": "😀",
    "astral words": "😀 merci vous ",
    "spaces then punctuation": " " * 4_999 + "!",
    "full stops": "a.",
    "at signs": "a@",
    "capitals": "VOUS ÊTES ",
    "gender marks": "déçu(e)·e ",
    "rule words": "nouvel entretien pas vous ",
    "apostrophes and hyphens": "l’a-t-il'",
    "guillemets": "«»",
    "placeholders": "[x]{y}<z>XXX___ ",
}


def _request(text: str) -> str:
    return json.dumps({"op": "review", "args": {"text": text, "lang": "fr", "kind": "thanks_feedback",
                                                 "channel": "email"}})


def _times(texts: list[str], runs: int = 9) -> list[float]:
    """The best processor time of each text over ``runs`` rounds, the sizes interleaved: time the
    other programs of a busy machine take is not counted, and what remains slows every size alike."""
    requests = [_request(t) for t in texts]
    best = [float("inf")] * len(texts)
    for _ in range(runs):
        for i, request in enumerate(requests):
            start = time.process_time()
            answer = handle(request)
            best[i] = min(best[i], time.process_time() - start)
            assert json.loads(answer)["ok"]
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_review_time_is_linear(name):
    unit = ADVERSARIAL[name]
    texts = [(unit * (size // len(unit) + 1))[:size] for size in SIZES]
    times = _times(texts)
    ratios = [times[1] / times[0], times[2] / times[1]]
    assert max(ratios) < MAX_RATIO, f"{name}: {[f'{t * 1000:.1f} ms' for t in times]}"
