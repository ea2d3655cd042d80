"""The reviewer on its labelled corpus: recall per family and false alarms (issue 15).

506 sentences (tests/cases/review_corpus.tsv), written before the rules: half risky, each tagged
with its family, half innocent but tricky (negations, other employers, far-off coffees, urgent
care, acronyms, look-alike words). Each is reviewed inside an otherwise good message. The table
is printed on failure and by ``.venv/bin/python tests/support/review_corpus.py``.
"""

from __future__ import annotations

import pytest

from rebond import review
from support.review_corpus import CHANNEL, FRAMES, KIND, load, score

MIN_RECALL = 0.90
MAX_FALSE_ALARMS = 0.02


@pytest.fixture(scope="module")
def sentences():
    return load()


def test_the_corpus_is_large_balanced_and_in_both_languages(sentences):
    assert len(sentences) >= 300
    risky = [s for s in sentences if s.risky]
    assert abs(len(risky) - (len(sentences) - len(risky))) <= len(sentences) * 0.1
    families = {s.family for s in risky}
    assert {"new_interview", "reproach", "pressure", "hired_person", "familiarity", "slip"} <= families
    for family in families:
        for lang in ("fr", "en"):
            assert any(s.family == family and s.lang == lang for s in risky), (family, lang)
    assert len({s.text for s in sentences}) == len(sentences)  # no sentence twice


def test_the_frames_alone_are_clean():
    for lang, (before, after) in FRAMES.items():
        assert review(before + "Merci." + after if lang == "fr" else before + "Thanks." + after,
                      lang=lang, kind=KIND, channel=CHANNEL) == []


def test_recall_per_family_and_false_alarms(sentences):
    result = score(sentences)
    table = result.table()
    print(table)
    for family in result.families:
        assert result.recall(family) >= MIN_RECALL, f"{family}: recall {result.recall(family):.0%}\n{table}"
    assert result.false_alarm_rate <= MAX_FALSE_ALARMS, table
