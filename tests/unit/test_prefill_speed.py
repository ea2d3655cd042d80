"""Reading a prefill link takes time linear in its length, whatever it repeats (issue 22).

A 1.6 MB link of one name repeated took 14 s: each repeat copied the list of the values before
it. Links longer than the cap (rebond.prefill.longest) are refused unread; below it, each
adversarial link is read at three sizes, doubling up to the cap, and doubling the link must
about double the time (quadratic: four times). As in test_review_speed.py: the ratio per
doubling over both doublings, the best processor time of interleaved rounds; absolute times
belong in `make bench`.
"""

from __future__ import annotations

import time

import pytest

from rebond import prefill

MAX_RATIO = 2.45  # per doubling: linear gives about 2; quadratic 4

ADVERSARIAL = {
    "one list name repeated": "feedback_topics=cv&",
    "one text name repeated": "detail=x&",
    "unknown names": "zz=1&",
    "nameless parts": "=x&",
    "bare names": "company&",
    "broken encoding": "company=%E9&",
    "empty parts": "&",
    "one long value": "x",
}


def _link(unit: str, size: int) -> str:
    if unit == "x":
        return "#kind=thanks&detail=" + "x" * (size - 20)
    return "#kind=thanks&" + (unit * (size // len(unit) + 1))[:size - 13]


def _times(links: list[str], runs: int = 7) -> list[float]:
    best = [float("inf")] * len(links)
    for _ in range(runs):
        for i, link in enumerate(links):
            start = time.process_time()
            prefill.parse(link)
            best[i] = min(best[i], time.process_time() - start)
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_reading_a_link_is_linear(name):
    cap = prefill.longest()
    sizes = (cap // 4, cap // 2, cap)
    links = [_link(ADVERSARIAL[name], size) for size in sizes]
    assert [len(link) for link in links] == list(sizes)
    assert all(prefill.parse(link)["error"] is None or prefill.parse(link)["error"]["code"] != "link_too_long"
               for link in links)
    times = _times(links)
    assert (times[2] / times[0]) ** 0.5 < MAX_RATIO, f"{name}: {[f'{t * 1000:.2f} ms' for t in times]}"
