"""The engine's French judged by an outside checker: Grammalecte, over 2,772 messages built from
what readers really type (tests/support/awkward.py).

Every kind x channel x writer's agreement x tone x wording is drawn 7 times with awkward inputs
(titles in names, companies called "Le ..." or starting with a vowel, a "y" or an "h", ads' job
titles, details typed as phrases, plural phrases, infinitives and sentences, credentials). The
goal is no grammar finding at all; the one rule ignored inside typed names says why in
tests/support/grammalecte.py. Before the grammar layer, 3,591 of 5,148 messages (the eight kinds of then) had a finding.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest

from rebond import compose
from rebond.fields import COMBINATIONS, GENDERS, TONES, VARIANTS
from support.awkward import corpus, prose, typed_names
from support.grammalecte import checker, grammar_findings

# x 396 combinations = 2,772 French messages. It was 13 (5,148): Grammalecte took a minute and a
# half of both cores, the largest part of the suite's 10 minutes. Seven draws of each
# combination keep every awkward input class in play; the held-out inputs (tests/heldout/),
# not more draws of our own, are what judges the writing.
REPEATS = 7


@pytest.fixture(scope="module")
def messages() -> list[tuple[dict, dict]]:
    out = []
    for fields in corpus("fr", REPEATS):
        result = compose(fields, reviewed=False)
        assert result["ok"], (fields, result)
        out.append((fields, result))
    return out


def test_the_corpus_covers_every_combination_many_times(messages):
    assert len(messages) >= 2700
    seen = {(f["kind"], f["channel"], f["sender_gender"], f["tone"], f["variant"]) for f, _ in messages}
    pairs = [(k, c) for k, chs in COMBINATIONS.items() for c in chs]
    assert seen == {(k, c, g, t, v) for (k, c), g, t, v in itertools.product(pairs, GENDERS, TONES, range(VARIANTS))}
    # The awkward inputs are there: a title in a name, an ad's marks, a company with an article.
    typed = [f for f, _ in messages]
    assert any(f["recipient_name"].startswith("Mme ") for f in typed)
    assert any("(H/F)" in f["position"] for f in typed)
    assert any(f["company"].startswith("Le ") for f in typed)


def _check(chunk: list[tuple[str, tuple[str, ...]]]) -> list[dict]:
    return [finding for paragraph, names in chunk for finding in grammar_findings([paragraph], names)]


def test_grammalecte_finds_nothing_in_the_engines_french(messages):
    checker()  # fails here, with what to install, when Grammalecte is missing
    jobs = sorted({(paragraph, typed_names(fields)) for fields, result in messages for paragraph in prose(result)})
    workers = max(1, min(4, os.cpu_count() or 1))
    chunks = [jobs[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        findings = [f for part in pool.map(_check, chunks) for f in part]
    report = "\n".join(f"{f['rule']}: «{f['excerpt']}» in: {f['paragraph'][:160]}" for f in findings[:15])
    assert not findings, f"{len(findings)} Grammalecte findings in {len(jobs)} paragraphs:\n{report}"


@pytest.mark.parametrize("wrong", [
    "Je vous remercie pour votre accueil à Le Bon Marché.",
    "Je suis de près l’actualité de Airbus.",
    "Je suis déçu(e) par votre réponse.",
    "Nous avons échangé au sujet de le poste.",
])
def test_grammalecte_is_a_real_judge(wrong):
    """What the grammar layer prevents is what Grammalecte catches: the test above can fail."""
    assert grammar_findings([wrong])
