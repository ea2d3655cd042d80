"""The reviewer's phrase rules: word classes and lemmas matched over tokens, in linear time.

Language-neutral: each language pack's review module gives the data (``LEXICON``, ``CLASSES``,
``CONTEXTS``, ``RULES``, ``SLIPS``, the negation words); this module tokenizes a text once and
matches every rule of every family in one pass over its tokens.

A pattern is a string of space-separated items:

- a word: every form of that lemma when the lexicon knows it as a lemma, else that exact form
  (lower case); ``=word``: that exact form only; ``"word``: that exact form, case included;
- ``@CLASS``: any word of a class (lemmas or forms); ``%9``: a number; ``%C``: a capitalised
  word that does not start its sentence (a name);
- ``a|b|@C``: any of them; ``^`` before an item: the word starts its clause (after a comma, a
  full stop, a line break, "mais"...); ``^^``: it starts its sentence;
- ``+N`` before an item: up to N words may stand between it and the item before (default 0);
- ``&a|b``: the sentence must also hold one of these (``?``: the sentence is a question);
  ``!a|b``: the rule does not apply when the clause holds one of these (``#NAME``: a context,
  a pattern of ``CONTEXTS`` matched in that clause); ``!!a|b``: nor when the sentence does;
- ``~`` first: the rule reads a negation itself ("vous n'avez même pas lu"), so a negation
  does not cancel it.

Negation and scope, once for every rule: a match is cancelled when a negation word stands in
its clause, in the words before it (``NEGATION_WINDOW``) or between its words, or before the
word of the sentence that satisfied a ``&`` condition ("je ne vous *demande* pas de nouvel
entretien"). Not a negation: a word of ``NOT_NEGATION`` right after it ("sans doute", "not
only"), French "ne" alone ("ne ... que", expletive "ne"), a negative question addressed to the
reader ("Ne pourriez-vous pas ...?", "Why not ...?"). ``!`` conditions say what a clause is
about when it is about something else: another employer, months from now, urgent care.

Linear: the tokenizer's expressions cannot backtrack over more than one token, each token is
looked up in an index of the rules' items (most tokens start nothing), a partial match keeps
only its latest position per item, and the spans a match checks are bounded by its gaps.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Web and e-mail addresses, "i.e." and "e.g." are opaque tokens; words may hold apostrophes
# ("aujourd'hui") and hyphens.
_TOKEN = re.compile(
    r"(?P<url>(?<![\w.@/])(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<!\w)(?:i\.e|e\.g|I\.e|E\.g)\.)"
    r"|(?P<word>\w+(?:['’-]\w+)*)"
    r"|(?P<stop>[.!?…]+|\n)"
    r"|(?P<pause>[,;:()«»\"“”—–])",
    re.UNICODE,
)
NEGATION_WINDOW = 7  # words before a match (or before the word that met its condition)
_NE_WINDOW = 4  # French "plus", "rien", "personne" negate only this close after "ne"


_NO_KEYS: frozenset[str] = frozenset()


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    sentence: int
    clause: int
    clause_first: bool
    sentence_first: bool
    keys: frozenset[str] = frozenset()
    negation: bool = False


@dataclass(slots=True)
class Sentence:
    first: int  # index of its first token
    question: bool = False


@dataclass(frozen=True)
class Pattern:
    slots: tuple[frozenset[str], ...]
    gaps: tuple[int, ...]  # gaps[k]: words allowed before slot k (gaps[0] unused)
    starts: tuple[int, ...]  # 0, 1 (clause start) or 2 (sentence start), per slot
    needs: tuple[frozenset[str], ...] = ()
    unless: frozenset[str] = frozenset()  # in the match's clauses
    unless_sentence: frozenset[str] = frozenset()  # anywhere in its sentence
    negatable: bool = True


@dataclass
class Rules:
    """One language's compiled rules."""

    forms: dict[str, frozenset[str]]  # lower-case form -> its keys ("=lemma", "@CLASS", "'form")
    lemmas: frozenset[str]
    patterns: list[tuple[str, Pattern, tuple[str, str] | None]]  # (code, pattern, slip's fix and proposal)
    contexts: list[tuple[str, Pattern]]
    index: dict[str, list[tuple[int, int]]]  # key -> (pattern number, slot) in patterns
    context_index: dict[str, list[tuple[int, int]]]
    need_keys: frozenset[str]
    unless_keys: frozenset[str]
    negators: frozenset[str]
    negators_with_ne: frozenset[str]
    ne: frozenset[str]
    not_negation: frozenset[tuple[str, str]]
    question_cues: frozenset[str]
    boundaries: frozenset[str]
    elisions: frozenset[str]
    contractions: tuple[str, ...]
    case_words: frozenset[str]  # words a rule names with their case ('"i')


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _words(text: str) -> list[str]:
    return [_norm(w) for w in text.split()]


def compile_rules(data: Any) -> Rules:
    """Compile a pack's review module (its upper-case data) into :class:`Rules`."""
    forms: dict[str, set[str]] = {}
    lemmas: set[str] = set()
    for entry in getattr(data, "LEXICON", ()):
        words = _words(entry)
        lemma = words[0]
        lemmas.add(lemma)
        for form in words:
            forms.setdefault(form, set()).add("=" + lemma)
    forms_of: dict[str, list[str]] = {}
    for form, keys in forms.items():
        for key in keys:
            forms_of.setdefault(key[1:], []).append(form)
    for name, members in getattr(data, "CLASSES", ()):
        for word in _words(members):
            # "=form": that form only; a lemma: all its forms; any other word: itself.
            for form in [word[1:]] if word[:1] == "=" else forms_of.get(word, [word]):
                forms.setdefault(form, set()).add("@" + name)
    for form in forms:
        forms[form].add("'" + form)
    lemma_set = frozenset(lemmas)

    def item(word: str) -> str:
        if word[:1] in "@#%":
            return word
        if word[:1] == '"':
            return word
        if word[:1] == "=":
            return "'" + _norm(word[1:])
        w = _norm(word)
        return "=" + w if w in lemma_set else "'" + w

    def parse(text: str) -> Pattern:
        slots: list[frozenset[str]] = []
        gaps: list[int] = []
        starts: list[int] = []
        needs: list[frozenset[str]] = []
        unless: set[str] = set()
        unless_sentence: set[str] = set()
        negatable = True
        gap = 0
        for part in text.split():
            if part.startswith("~"):
                negatable = False
                part = part[1:]
            if not part:
                continue
            if part.startswith("+") and part[1:].isdigit():
                gap = int(part[1:])
            elif part.startswith("&"):
                needs.append(frozenset("?" if a == "?" else item(a) for a in part[1:].split("|")))
            elif part.startswith("!!"):
                unless_sentence.update(item(a) for a in part[2:].split("|"))
            elif part.startswith("!"):
                unless.update(item(a) for a in part[1:].split("|"))
            else:
                start = 2 if part.startswith("^^") else 1 if part.startswith("^") else 0
                slots.append(frozenset(item(a) for a in part.lstrip("^").split("|")))
                gaps.append(gap)
                starts.append(start)
                gap = 0
        return Pattern(tuple(slots), tuple(gaps), tuple(starts), tuple(needs), frozenset(unless),
                       frozenset(unless_sentence), negatable)

    patterns: list[tuple[str, Pattern, tuple[str, str] | None]] = []
    for code, texts in getattr(data, "RULES", {}).items():
        patterns.extend((code, parse(t), None) for t in texts)
    for text, replacement, proposal in getattr(data, "SLIPS", ()):
        patterns.append(("slip", parse(text), (replacement, proposal)))
    contexts = [(name, parse(text)) for name, text in getattr(data, "CONTEXTS", ())]

    def index_of(pats: list[Any]) -> dict[str, list[tuple[int, int]]]:
        idx: dict[str, list[tuple[int, int]]] = {}
        for n, entry in enumerate(pats):
            pattern = entry[1]
            for k, slot in enumerate(pattern.slots):
                for key in slot:
                    idx.setdefault(key, []).append((n, k))
        return idx

    case_words = frozenset(k[1:] for _, p, _ in patterns for slot in p.slots for k in slot if k[:1] == '"')
    need_keys = frozenset(k for _, p, _ in patterns for group in p.needs for k in group if k[:1] != "#")
    unless_keys = frozenset(k for _, p, _ in patterns for k in p.unless | p.unless_sentence if k[:1] != "#")
    return Rules(
        forms={f: frozenset(k) for f, k in forms.items()}, lemmas=lemma_set, patterns=patterns, contexts=contexts,
        index=index_of(patterns), context_index=index_of(contexts), need_keys=need_keys, unless_keys=unless_keys,
        negators=frozenset(_words(getattr(data, "NEGATORS", ""))),
        negators_with_ne=frozenset(_words(getattr(data, "NEGATORS_WITH_NE", ""))),
        ne=frozenset(_words(getattr(data, "NE", ""))),
        not_negation=frozenset((w[0], w[1]) for w in map(_words, getattr(data, "NOT_NEGATION", ())) if len(w) >= 2),
        question_cues=frozenset(_words(getattr(data, "QUESTION_CUES", ""))),
        boundaries=frozenset(_words(getattr(data, "BOUNDARIES", ""))),
        elisions=frozenset(_words(getattr(data, "ELISIONS", ""))),
        contractions=tuple(_words(getattr(data, "CONTRACTIONS", ""))),
        case_words=case_words,
    )


def _split(word: str, start: int, rules: Rules) -> list[tuple[int, int]]:
    """A word's pieces: hyphenated words the lexicon does not know as one ("pourriez-vous" ->
    "pourriez", "vous"; "rendez-vous" stays whole), French elision ("qu'on" -> "qu'", "on"),
    English contractions ("didn't" -> "did", "n't"). Spans in the text."""
    if "-" not in word and "'" not in word and "’" not in word:
        return [(start, start + len(word))]
    low = _norm(word)
    if "-" in word and low not in rules.forms:
        out = []
        for part in re.finditer(r"[^-]+", word):
            out += _split(part.group(), start + part.start(), rules)
        return out
    if "'" not in word and "’" not in word:
        return [(start, start + len(word))]
    cut = low.find("'")
    if rules.elisions and low[:cut + 1] in rules.elisions:
        return [(start, start + cut + 1), *_split(word[cut + 1:], start + cut + 1, rules)]
    for suffix in rules.contractions:
        if low.endswith(suffix) and len(low) > len(suffix):
            at = len(low) - len(suffix)
            return [*_split(word[:at], start, rules), (start + at, start + len(word))]
    return [(start, start + len(word))]


def tokenize(text: str, rules: Rules, opaque: list[tuple[int, int]]) -> tuple[list[Token], list[Sentence]]:
    """Words with their keys, sentence and clause, in one pass. Words inside ``opaque`` spans
    (names the writer typed) get no keys: no rule reads them."""
    tokens: list[Token] = []
    sentences = [Sentence(0)]
    clause = 0
    clause_first = sentence_first = True
    opaque = sorted(opaque)
    o = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "stop":
            sentences[-1].question = sentences[-1].question or "?" in m.group()
            if not sentence_first:
                sentences.append(Sentence(len(tokens)))
                clause += 1
            clause_first = sentence_first = True
            continue
        if kind == "pause":
            if not clause_first:
                clause += 1
            clause_first = True
            continue
        if kind == "url":
            clause_first = sentence_first = False
            continue
        word = m.group()
        simple = "'" not in word and "’" not in word and "-" not in word  # most words: no pieces
        for start, end in ((m.start(), m.end()),) if simple else _split(word, m.start(), rules):
            piece = word if simple else text[start:end]
            lower = piece.lower() if simple else _norm(piece)
            if lower in rules.boundaries and not clause_first:
                clause += 1
                clause_first = True
            hidden = False
            if opaque:
                while o < len(opaque) and opaque[o][1] <= start:
                    o += 1
                hidden = o < len(opaque) and opaque[o][0] <= start < opaque[o][1]
            keys: frozenset[str] = _NO_KEYS
            if not hidden:
                keys = rules.forms.get(lower) or frozenset(("'" + lower,))
                if piece in rules.case_words or ("’" in piece and piece.replace("’", "'") in rules.case_words):
                    keys = keys | {'"' + piece.replace("’", "'")}
                if piece.isdigit():
                    keys = keys | {"%9"} | rules.forms.get("%9", _NO_KEYS)
                elif piece[:1].isupper() and not sentence_first:
                    keys = keys | {"%C"}
            tokens.append(Token(start, end, piece, lower, len(sentences) - 1, clause, clause_first, sentence_first,
                                keys))
            clause_first = sentence_first = False
    _mark_negations(tokens, sentences, rules)
    return tokens, sentences


def _mark_negations(tokens: list[Token], sentences: list[Sentence], rules: Rules) -> None:
    last_ne = -_NE_WINDOW - 1
    last_clause = -1
    watched = rules.ne | rules.negators | rules.negators_with_ne
    for i, t in enumerate(tokens):
        if t.lower not in watched:
            continue
        if t.clause != last_clause:
            last_ne, last_clause = -_NE_WINDOW - 1, t.clause
        if t.lower in rules.ne:
            last_ne = i
            continue
        neg = t.lower in rules.negators or (t.lower in rules.negators_with_ne and i - last_ne <= _NE_WINDOW)
        if neg and i + 1 < len(tokens) and (t.lower, tokens[i + 1].lower) in rules.not_negation:
            neg = False
        if neg and sentences[t.sentence].question:
            # "Ne pourriez-vous pas ...?", "Couldn't you ...?", "Why not ...?": a request, not a negation.
            near = tokens[max(0, i - 2):i + 3]
            if any(n.sentence == t.sentence and n.lower in rules.question_cues for n in near):
                neg = False
        t.negation = neg


def _run(tokens: list[Token], patterns: list[Any],
         index: dict[str, list[tuple[int, int]]]) -> list[tuple[int, tuple[int, ...]]]:
    """Every match as (pattern number, token positions of its slots). For each pattern and slot,
    only the latest partial match is kept: the latest leaves the most room for the next slot."""
    partial: dict[tuple[int, int], tuple[int, tuple[int, ...]]] = {}  # (n, k) -> (sentence, positions)
    out = []
    indexed = frozenset(index)
    for i, t in enumerate(tokens):
        if t.keys.isdisjoint(indexed):
            continue  # most words start or continue no rule
        hits = {nk for key in t.keys for nk in index.get(key, ())}
        # Later slots first: this token must not both end slot k and start slot k + 1.
        for n, k in sorted(hits, key=lambda nk: -nk[1]) if len(hits) > 1 else hits:
            pattern = patterns[n][1]
            need_start = pattern.starts[k]
            if (need_start == 1 and not t.clause_first) or (need_start == 2 and not t.sentence_first):
                continue
            if k == 0:
                positions: tuple[int, ...] = (i,)
            else:
                before = partial.get((n, k - 1))
                if before is None or before[0] != t.sentence or i - before[1][-1] - 1 > pattern.gaps[k]:
                    continue
                positions = before[1] + (i,)
            if k == len(pattern.slots) - 1:
                out.append((n, positions))
            else:
                partial[(n, k)] = (t.sentence, positions)
    return out


def find(text: str, rules: Rules,
         opaque: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, int, tuple[str, str] | None]]:
    """Every rule that applies, as (code, start, end, slip): ``slip`` is None for a rule, and
    (the fix, or "" when there is none; what to write instead) for a slip."""
    tokens, sentences = tokenize(text, rules, list(opaque))
    if not tokens:
        return []
    # Contexts: what each clause and sentence is about.
    in_clause: set[tuple[int, str]] = set()
    in_sentence: set[tuple[int, str]] = set()
    for n, positions in _run(tokens, rules.contexts, rules.context_index):
        name = "#" + rules.contexts[n][0]
        for p in positions:
            in_clause.add((tokens[p].clause, name))
        in_sentence.add((tokens[positions[0]].sentence, name))
    # Where each key a condition asks for stands, by sentence.
    where: dict[tuple[int, str], list[int]] = {}
    for i, t in enumerate(tokens):
        for key in t.keys & rules.need_keys:
            where.setdefault((t.sentence, key), []).append(i)
    unless_keys = rules.unless_keys
    said: set[tuple[int, str]] = set(in_clause)
    said_in_sentence: set[tuple[int, str]] = set(in_sentence)
    for t in tokens:
        for key in t.keys & unless_keys:
            said.add((t.clause, key))
            said_in_sentence.add((t.sentence, key))
    clause_start: dict[int, int] = {}
    for i, t in enumerate(tokens):
        clause_start.setdefault(t.clause, i)
    negations = [i for i, t in enumerate(tokens) if t.negation]

    out = []
    for n, positions in _run(tokens, rules.patterns, rules.index):
        code, pattern, replacement = rules.patterns[n]
        first, last = positions[0], positions[-1]
        sentence = tokens[first].sentence
        clauses = {tokens[p].clause for p in positions}
        if any((c, key) in said for key in pattern.unless for c in clauses) or any(
                (sentence, key) in said_in_sentence for key in pattern.unless_sentence):
            continue
        anchors = [first]
        met = True
        for group in pattern.needs:
            spot = _need(group, sentence, sentences, in_sentence, where, first)
            if spot is None:
                met = False
                break
            if spot >= 0:
                anchors.append(spot)
        if not met:
            continue
        if pattern.negatable and _negated(tokens, negations, positions, anchors, clause_start):
            continue
        slip = None
        if replacement is not None:
            template, proposal = replacement
            matched = text[tokens[first].start:tokens[last].end]
            slip = (_fill(template, [tokens[p].text for p in positions], matched) if template else "", proposal)
        out.append((code, tokens[first].start, tokens[last].end, slip))
    return out


def _need(group: frozenset[str], sentence: int, sentences: list[Sentence], in_sentence: set[tuple[int, str]],
          where: dict[tuple[int, str], list[int]], first: int) -> int | None:
    """Where the sentence meets a condition: the position of the word that met it (the nearest
    before the match when there is one), -1 when no word stands for it (a question, a context),
    None when it is not met."""
    best: int | None = None
    for key in group:
        if key == "?":
            if sentences[sentence].question:
                best = -1 if best is None else best
            continue
        if key[:1] == "#":
            if (sentence, key) in in_sentence:
                best = -1 if best is None else best
            continue
        spots = where.get((sentence, key))
        if spots:
            j = bisect_right(spots, first) - 1
            spot = spots[j] if j >= 0 else spots[0]
            if best is None or best == -1 or abs(spot - first) < abs(best - first):
                best = spot
    return best


def _negated(tokens: list[Token], negations: list[int], positions: tuple[int, ...], anchors: list[int],
             clause_start: dict[int, int]) -> bool:
    """Is there a negation in the clause before the match (or before the word that met its
    condition), or between its words?"""
    last = positions[-1]
    lo = min(anchors)
    start = max(clause_start[tokens[lo].clause], lo - NEGATION_WINDOW)
    j = bisect_left(negations, start)
    while j < len(negations) and negations[j] <= last:
        if negations[j] not in positions:
            return True
        j += 1
    return False


_SLOT_REF = re.compile(r"\$(\d)")


def _fill(template: str, words: list[str], matched: str) -> str:
    """A slip's fix: ``$1``... are the words of the match; a capital at the start is kept."""
    out = _SLOT_REF.sub(lambda m: words[int(m.group(1)) - 1] if int(m.group(1)) <= len(words) else "", template)
    if matched[:1].isupper() and out[:1].islower():
        out = out[:1].upper() + out[1:]
    return out
