"""The editors' synonym groups (``search.models.SynonymGroup``), applied to queries on both engines.

A query's meaningful words (``search.matching``) become *concepts*: a word, or a phrase the
vocabulary knows ("hostile vehicle mitigation"), with every term it should also find. The
minimum-should-match rule counts concepts, so "UAS detection" asks for (uas | drone | unmanned
aircraft) and (detection).

Where the alternatives come from differs by engine, the groups do not:

- **OpenSearch** expands a concept's words itself, in a ``synonym_graph`` filter of its search analyzer
  (``search.documents``), written from these groups by ``engine_rules``. A change is pushed to the open
  index's settings (``search.indexing.push_synonyms``, a task queued when a group is saved or deleted),
  so it applies within about a second, without a reindex. OpenSearch 3.8 has no analyzer reload
  endpoint (that is the index-management plugin's, which reads a file on every node), so the push
  closes the index for the few hundred milliseconds the new filter takes; a search in that moment
  waits for it to reopen (``search.service.guarded``).
- **The database fallback** expands in the portal, from ``vocabulary()``: the same groups, cached in
  the shared cache and dropped on every save, so it too applies with the next search.
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


def _rule_term(term: str) -> str:
    """A term as a rule may hold it: the rule syntax's characters (``,`` ``=>`` ``#`` ``\\``) become spaces."""
    for syntax in ("=>", "#", "\\", ","):
        term = term.replace(syntax, " ")
    return " ".join(term.split())


def _forms(term: str) -> list[str]:
    """The term, and its last word with or without a plural "s": the engine's light stemmer keeps some
    plurals ("bags"), and the portal's own expansion (``stem``) treats both forms as one."""
    *head, last = term.split()
    other = last.removesuffix("s") if last.endswith("s") and len(last) > 3 else f"{last}s"
    return [term, " ".join([*head, other])]


def engine_rules(groups: list[tuple[str, str, str]] | None = None) -> list[str]:
    """The groups as the engine's ``synonym_graph`` rules, in a stable order (the push compares them).

    Equivalent terms are one rule ("drone, drones, uas, uass"); an expansion is a rule per narrower term
    that keeps the term itself ("lorry => lorry, vehicle"), so narrower terms do not find each other.
    Each narrower term comes in both singular and plural forms (``_forms``).
    """
    from search.models import SynonymGroup

    if groups is None:
        groups = list(SynonymGroup.objects.order_by("pk").values_list("kind", "terms", "broader"))
    rules: list[str] = []
    for kind, terms, broader in groups:
        narrower = [form for term in map(_rule_term, split_terms(terms)) if term for form in _forms(term)]
        if kind == SynonymGroup.EQUIVALENT:
            if len(narrower) > 1:
                rules.append(", ".join(narrower))
            continue
        wider = [term for term in map(_rule_term, split_terms(broader)) if term]
        rules.extend(f"{term} => {', '.join([term, *wider])}" for term in narrower if wider)
    return rules


def vocabulary() -> dict[str, list[str]]:
    """The editors' vocabulary, from the shared cache (every worker sees a change at once)."""
    cached: dict[str, list[str]] | None = cache.get(CACHE_KEY)
    if cached is None:
        from search.models import SynonymGroup

        cached = build_vocabulary(list(SynonymGroup.objects.values_list("kind", "terms", "broader")))
        cache.set(CACHE_KEY, cached, timeout=CACHE_SECONDS)
    return cached


def clear_cache(*args: Any, **kwargs: Any) -> None:
    """A group changed: once committed, the next search reads the vocabulary again, and the engine gets it.

    What searches find changes as if the index had: the kept search answers (``index_changed``'s
    receivers: cached search pages, related practices) are dropped too.
    """

    def cleared() -> None:
        from django.conf import settings

        from search.models import SynonymGroup
        from search.tasks import index_changed, push_synonyms

        cache.delete(CACHE_KEY)
        if settings.OPENSEARCH_URL:
            push_synonyms.enqueue()
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
