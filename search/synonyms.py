"""The editors' synonym groups (``search.models.SynonymGroup``), applied to queries on both engines.

A query's meaningful words (``search.matching``) become *concepts*: a word, or a phrase the
vocabulary knows ("hostile vehicle mitigation"), with every term it should also find. The engines
match a concept when any of its terms occurs, and the minimum-should-match rule counts concepts,
so "UAS detection" asks for (uas | drone | unmanned aircraft) and (detection).

The expansion happens in the portal, at query time, rather than in a ``synonym_graph`` filter of the
engine's search analyzer: the engine's reloadable synonyms read a file on every node and need the
index-management plugin's refresh endpoint, which the OpenSearch 3.8 nodes the portal runs on do not
have; an analyzer's inline synonyms change only with the index closed. Here an editor's change takes
effect with the next search (the vocabulary is cached in the shared cache and dropped on every save),
the database fallback expands from the very same groups, and nothing is reindexed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import transaction

from search.content import fold

#: Versioned with the vocabulary's format, so a deployment never reads a copy an older release kept.
CACHE_KEY = "search:synonyms:2"
CACHE_SECONDS = 3600
#: A phrase in the vocabulary has at most this many words.
MAX_PHRASE_WORDS = 4


@dataclass(frozen=True)
class Concept:
    """One thing the query asks for: the words as typed, and every term that also finds it (folded)."""

    words: str
    terms: tuple[str, ...]

    @property
    def expanded(self) -> bool:
        return len(self.terms) > 1


def split_terms(raw: str) -> list[str]:
    """Comma-separated terms, whitespace collapsed, blanks dropped, once each."""
    terms: list[str] = []
    for part in (raw or "").replace("\n", ",").split(","):
        term = " ".join(part.split())
        if term and term.lower() not in [known.lower() for known in terms]:
            terms.append(term)
    return terms


def stem(phrase: str) -> str:
    """Plural and singular compare equal ("barrier" finds "barriers"; as a substring, the database's
    contains-match then finds both forms, and the engine's stemmer reduces both to one)."""
    return " ".join(word.removesuffix("s") if len(word) > 3 else word for word in phrase.split())


def _normal(term: str) -> str:
    """A term as the engines match it: its meaningful words (``search.matching``), folded.

    A term of several words matches where all of them occur ("places of worship" is places + worship).
    """
    from search.matching import content_words

    return " ".join(fold(word) for word in content_words(term))


def build_vocabulary(groups: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """term (stemmed) → every term it also finds (itself first), from (kind, terms, broader) rows."""
    from search.models import SynonymGroup

    vocabulary: dict[str, list[str]] = {}

    def add(term: str, finds: list[str]) -> None:
        known = vocabulary.setdefault(stem(term), [term])
        known.extend(other for other in finds if other not in known)

    for kind, terms, broader in groups:
        narrower = [normal for normal in map(_normal, split_terms(terms)) if normal]
        if kind == SynonymGroup.EQUIVALENT:
            for term in narrower:
                add(term, narrower)
        else:
            wider = [normal for normal in map(_normal, split_terms(broader)) if normal]
            for term in narrower:
                add(term, wider)
    return vocabulary


def vocabulary() -> dict[str, list[str]]:
    """The editors' vocabulary, from the shared cache (every worker sees a change at once)."""
    cached: dict[str, list[str]] | None = cache.get(CACHE_KEY)
    if cached is None:
        from search.models import SynonymGroup

        cached = build_vocabulary(list(SynonymGroup.objects.values_list("kind", "terms", "broader")))
        cache.set(CACHE_KEY, cached, timeout=CACHE_SECONDS)
    return cached


def clear_cache(*args: Any, **kwargs: Any) -> None:
    """A group changed: once committed, the next search reads the vocabulary again.

    What searches find changes as if the index had: the kept search answers (``index_changed``'s
    receivers: cached search pages, related practices) are dropped too.
    """

    def cleared() -> None:
        from search.models import SynonymGroup
        from search.tasks import index_changed

        cache.delete(CACHE_KEY)
        index_changed.send(sender=SynonymGroup, doc_ids=[])

    transaction.on_commit(cleared)


def concepts(words: list[str], known: dict[str, list[str]] | None = None) -> list[Concept]:
    """The query's words as concepts, the longest known phrase first at each position."""
    known = vocabulary() if known is None else known
    folded = [stem(fold(word)) for word in words]
    found: list[Concept] = []
    position = 0
    while position < len(words):
        for length in range(min(MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            phrase = " ".join(folded[position : position + length])
            if length == 1 or phrase in known:
                typed = " ".join(words[position : position + length])
                found.append(Concept(typed, tuple(known.get(phrase, [fold(typed)]))))
                position += length
                break
    return found
