"""The content index: its analysis, mapping and the alias searches go through.

One index holds every public thing people search for (case studies, tools, lessons now;
events and organisations later), so a single request returns results and every facet.
Searches use the alias; rebuilds write a fresh concrete index and swap the alias.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from opensearchpy import Date, Document, Index, Integer, Keyword, Text, analyzer, token_filter, tokenizer

from search.synonyms import engine_rules

english_stemmer = token_filter("english_stemmer", "stemmer", language="light_english")
english_possessive = token_filter("english_possessive", "stemmer", language="possessive_english")
english_stop = token_filter("english_stop", "stop", stopwords="_english_")

#: Full text: Málaga, Braşov and Köln match malaga, brasov and koln; "ramming" matches "rams".
folded_english = analyzer(
    "folded_english",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", english_possessive, english_stop, english_stemmer],
)
#: The editors' vocabulary (``search.synonyms.engine_rules``), applied when a query is analysed, never when a
#: document is: a change is a new filter definition on the open index (``search.indexing.push_synonyms``),
#: with no reindex. Rules are parsed by the filters before it, so "Places of Worship" and "barriers" in a
#: rule match what a query's "places of worship" and "barrier" become; the stop filter comes after, so a
#: term with a stop word inside it survives.
SYNONYM_FILTER = "portal_synonyms"
SEARCH_ANALYZER = "folded_english_search"


def synonym_filter(rules: list[str]) -> Any:
    """The ``synonym_graph`` filter with ``rules``; a rule the engine cannot parse is skipped (``lenient``)."""
    return token_filter(SYNONYM_FILTER, "synonym_graph", synonyms=rules, lenient=True)


def search_analyzer(rules: list[str]) -> Any:
    """``folded_english`` for queries, with the vocabulary's synonyms (multi-word terms become a graph)."""
    return analyzer(
        SEARCH_ANALYZER,
        tokenizer="standard",
        filter=["lowercase", "asciifolding", english_possessive, english_stemmer, synonym_filter(rules), english_stop],
    )


#: Exact-ish words for "did you mean": folded but not stemmed.
folded_words = analyzer("folded_words", tokenizer="standard", filter=["lowercase", "asciifolding"])
#: Suggest-as-you-type: index every prefix of every word (2 to 20 characters).
autocomplete_index = analyzer(
    "autocomplete_index",
    tokenizer=tokenizer("autocomplete_edge", "edge_ngram", min_gram=2, max_gram=20, token_chars=["letter", "digit"]),
    filter=["lowercase", "asciifolding"],
)


ALL_TEXT_FIELDS = ["all_text", "all_words"]


def alias_name() -> str:
    """The name searches use; it always points at exactly one concrete index."""
    return f"{settings.OPENSEARCH_INDEX_PREFIX}-content"


def text_field(**kwargs: Any) -> Text:
    return Text(analyzer=folded_english, **kwargs)


class ContentDocument(Document):
    """One public page (or, later, an organisation or event) as the search engine sees it.

    It carries everything the result list shows (title, URL, summary, country, taxonomy),
    so a page of results needs no database query.
    """

    type = Keyword()
    object_id = Integer()
    url = Keyword(index=False)
    #: Every searchable word of the document in one field: it decides which documents match, and the
    #: query's synonyms apply here only (in the per-field ranking query they took the first places from
    #: documents that use the query's own words: nDCG@10 0.745 → 0.724 on the judgement set).
    all_text = Text(analyzer=folded_english, search_analyzer=SEARCH_ANALYZER)
    #: The same words unstemmed, for the typo-tolerant second try (fuzzy matching on stems misses).
    all_words = Text(analyzer=folded_words)
    title = text_field(
        copy_to=ALL_TEXT_FIELDS,
        fields={
            "autocomplete": Text(analyzer=autocomplete_index, search_analyzer=folded_words),
            "words": Text(analyzer=folded_words),
            "raw": Keyword(),
        },
    )
    summary = text_field(
        copy_to=ALL_TEXT_FIELDS,
        index_options="offsets",
        fields={"words": Text(analyzer=folded_words)},
    )
    body = text_field(
        copy_to=ALL_TEXT_FIELDS,
        index_options="offsets",
        fields={"words": Text(analyzer=folded_words)},
    )
    city = text_field(copy_to=ALL_TEXT_FIELDS, fields={"raw": Keyword()})
    country = Keyword()
    threat_types = Keyword()
    space_categories = Keyword()
    solution_types = Keyword()
    project = Keyword()
    tags = Keyword(copy_to=ALL_TEXT_FIELDS)
    taxonomy_text = text_field(copy_to=ALL_TEXT_FIELDS)
    #: Who a practice or event comes from (``search.content``): project and organisations; a member's web name.
    credits = text_field(copy_to=ALL_TEXT_FIELDS)
    year = Integer()
    #: Practices only: the confirmed evidence level (``practices.models.evidence``).
    evidence_level = Keyword()
    published = Date()
    updated = Date()
    #: Restricted parts only (``search.access``): who may match them. Public documents have none.
    access_label = Keyword()
    access_orgs = Integer()
    access_people = Keyword()
    #: A part's heading, shown with its result (never analysed: "did you mean" reads titles only).
    part_heading = Keyword(index=False)

    class Index:
        settings = {
            "number_of_shards": 1,
            "number_of_replicas": 0,
            # Explicit, so an idle shard keeps refreshing and a search never waits on one.
            "refresh_interval": "1s",
            "max_result_window": 10_000,
            # Every search carries facet aggregations; "auto" runs those over segment slices in
            # parallel (one per core on the reference machine), which cut the median by about 30 %.
            "search.concurrent_segment_search.mode": "auto",
            "search.concurrent.max_slice_count": 2,
        }


def new_index(name: str, rules: list[str] | None = None) -> Index:
    """A concrete index with the content mapping and analysis, not yet created.

    Its search analyzer carries ``rules`` (by default the editors' vocabulary as it is now).

    Shard and replica counts come from settings (OPENSEARCH_SHARDS, OPENSEARCH_REPLICAS), so a
    cluster gets copies of the index on several nodes without a code change.
    """
    index = Index(name)
    index.settings(
        **{
            **ContentDocument._index._settings,  # type: ignore[attr-defined]  # set by opensearch-py's IndexMeta, undeclared
            "number_of_shards": settings.OPENSEARCH_SHARDS,
            "number_of_replicas": settings.OPENSEARCH_REPLICAS,
        }
    )
    index.document(ContentDocument)
    index.analyzer(folded_english)
    index.analyzer(search_analyzer(engine_rules() if rules is None else rules))
    index.analyzer(folded_words)
    index.analyzer(autocomplete_index)
    return index
