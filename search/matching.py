"""Which documents a query's words select: the same rule on both engines.

Short queries require every word. Longer ones require most of them (``required_words``), so a
person who types one word the practice happens not to use ("bomb *threat* railway station") still
finds it, while documents with every word rank first. When even that finds nothing, the engines
retry with any one word and say so (``SearchResult.relaxed``).

Words are counted as *concepts*: a word or a known phrase with its synonyms (``search.synonyms``),
so "UAS detection" needs (uas | drone | unmanned aircraft) and (detection).

Only the words that carry meaning count: the engine's stop words and the words of a question
("what did other cities do about …") are dropped first, on both engines, so "how do I protect a
market" asks for *protect* and *market*.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from search.content import fold
from search.synonyms import MAX_PHRASE_WORDS, Concept, concepts, stem

#: Lucene's English stop words (the engine's ``_english_`` filter) and the words of a question.
_STOP_WORDS = """
    a an and are as at be but by for if in into is it no not of on or such that the their then there these
    they this to was will with
    about after against all also am any been before being can could did do does doing done during each else
    ever from get got had has have having he her here hers him his how i its just like make many
    me might more most much must my need other others our out over own same she should so some than
    them those through too under until up us very we were what when where which while who whom why would
    you your yours
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
#: Up to this many words, every word must match.
ALL_WORDS_UP_TO = 2
#: Beyond that, this share of the words (rounded down, at least ``ALL_WORDS_UP_TO``) must match.
SHARE_REQUIRED = 0.6
MAX_WORDS = 12
#: The facets whose terms a query can name (``named_terms``).
NAMED_FACETS = ("threat_type", "space_category", "solution_type")

#: Words as the engine's standard tokenizer sees them: "self-assessment" is two, "city's" is "city" (and "s").
_WORD = re.compile(r"\w+")


def content_words(text: str) -> list[str]:
    """The query's meaningful words, in order, once each, lowercased (accents kept for the engine's analyzer)."""
    words: list[str] = []
    for raw in _WORD.findall(text or ""):
        word = raw.lower()
        if len(word) < 2 and not word.isdigit():
            continue
        if fold(word) in STOP_WORDS or word in words:
            continue
        words.append(word)
    return words[:MAX_WORDS]


def required_words(count: int) -> int:
    """How many of ``count`` meaningful words a document must contain to match."""
    if count <= ALL_WORDS_UP_TO:
        return count
    return max(ALL_WORDS_UP_TO, math.floor(count * SHARE_REQUIRED))


def query_concepts(text: str) -> list[Concept]:
    """What the query asks for, with the editors' synonyms (``search.synonyms``); the rule counts these.

    A query of stop words only ("the") asks for its words as they are.
    """
    words = content_words(text) or [word.lower() for word in (text or "").split()[:MAX_WORDS]]
    return concepts(words)


def required(concepts_found: Sequence[Concept], relaxed: bool = False) -> int:
    """How many of the query's concepts a document must have (one, when relaxed)."""
    return min(1, len(concepts_found)) if relaxed else required_words(len(concepts_found))


@dataclass(frozen=True)
class QueryPlan:
    """What a query's words ask for, worked out once per search and shared by every pass of either engine
    (exact, typo-tolerant, relaxed): reading the vocabulary is a trip to the shared cache."""

    concepts: tuple[Concept, ...] = ()
    named: dict[str, list[str]] | None = None

    def required(self, relaxed: bool = False) -> int:
        return required(self.concepts, relaxed)

    @property
    def can_relax(self) -> bool:
        """Would "any one word" select more than the rule did?"""
        return required_words(len(self.concepts)) > 1


def plan_query(text: str, labels: dict[str, dict[str, str]]) -> QueryPlan:
    if not text:
        return QueryPlan()
    found = query_concepts(text)
    return QueryPlan(tuple(found), named_terms(text, labels, found))


def matching_text(text: str) -> str:
    """The words the engines rank by, as one string (the query itself when it has only stop words)."""
    words = content_words(text)
    return " ".join(words) if words else " ".join((text or "").split()[:MAX_WORDS])


def _term_names(label: str, slug: str) -> set[str]:
    """How a query may name a taxonomy term: its label, each part of it ("IED / explosives", "Markets
    incl. Christmas markets", "Stadiums & event venues"), and its slug's words."""
    parts = re.split(r"\s*(?:/|&|\bincl\.?|\band\b|,)\s*", label)
    names = {" ".join(fold(word) for word in content_words(part)) for part in [label, *parts]}
    names.add(" ".join(content_words(slug.replace("-", " "))))
    return {stem(name) for name in names if name}


def named_terms(
    text: str, labels: dict[str, dict[str, str]], found: Sequence[Concept] | None = None
) -> dict[str, list[str]]:
    """The taxonomy terms the query names, by facet ("vehicle ramming at Christmas markets" names the
    threat ``vehicle-ramming`` and the space ``markets``): their documents rank higher.

    A term is named by a run of the query's words or by a synonym of them (``search.synonyms``).
    """
    words = [fold(word) for word in content_words(text)]
    phrases = {
        stem(" ".join(words[start:end]))
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + MAX_PHRASE_WORDS) + 1)
    }
    found = query_concepts(text) if found is None else found
    phrases.update(stem(term) for concept in found for term in concept.terms)
    named: dict[str, list[str]] = {}
    # A project is named by its acronym typed with a capital ("PRoTECT", "SAFEMARKT"): "protect" is a verb.
    typed = {word.lower() for word in _WORD.findall(text or "") if not word.islower()}
    projects = [slug for slug, acronym in labels.get("project", {}).items() if acronym.lower() in typed]
    if projects:
        named["project"] = projects
    for facet in NAMED_FACETS:
        for slug, label in labels.get(facet, {}).items():
            if _term_names(label, slug) & phrases:
                named.setdefault(facet, []).append(slug)
    return named
