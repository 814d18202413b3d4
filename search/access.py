"""Search per clearance: which documents a reader's searches may match, on both engines.

Every document carries ``access_label``: ``clear`` for a public one (``search.adapters``), so the filter of
a reader without names to match is a single cached ``terms`` clause. Each restricted section
is a document of its own ("part", ``search.content.practice_parts``) with

* ``access_label`` — its TLP label;
* ``access_orgs`` — for AMBER+STRICT, the owning organisation and those it names;
* ``access_people`` — for RED, the named people's addresses.

Every query (results, counts, facet counts, the typo retry and its "did you mean", the API) carries
``engine_filter`` or ``entry_filter`` for the searcher's reader, inside the query, so a part the
reader may not read is never matched, counted or highlighted. Suggestions and related practices
match public documents only. The rule mirrors ``practices.marking.may_read``; the marking tests
check the two agree for every label and every kind of reader.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q
from opensearchpy import Q as EngineQ
from opensearchpy.helpers.query import Query

from practices.marking import Label, Reader
from search.models import SearchEntryTerm

ORG_TERM = "access_org"
PERSON_TERM = "access_person"


PUBLIC_LABEL = Label.CLEAR.value


def public_label(label: str | None) -> str:
    """A hit's label as results show it: empty for public documents, the TLP label for a part."""
    return "" if not label or label == PUBLIC_LABEL else label


def access_fields(label: str, orgs: list[int], people: list[str]) -> dict[str, object]:
    """The fields a part's document carries (only those its label uses)."""
    return {
        "access_label": label,
        "access_orgs": sorted(orgs) if label == Label.AMBER_STRICT else [],
        "access_people": sorted(people) if label == Label.RED else [],
    }


def _labels(reader: Reader) -> list[str]:
    """The labels this reader may read without a list of names (CLEAR, GREEN, AMBER)."""
    labels = [Label.CLEAR.value]
    if reader.member:
        labels.append(Label.GREEN.value)
        if reader.vetted:
            labels.append(Label.AMBER.value)
    return labels


def engine_filter(reader: Reader) -> Query:
    """OpenSearch: the documents ``reader`` may match (every document has an ``access_label``)."""
    labels = EngineQ("terms", access_label=_labels(reader))
    if not (reader.member and reader.vetted):
        return labels
    should = [labels]
    if reader.organisation_id is not None:
        should.append(
            EngineQ(
                "bool",
                filter=[
                    EngineQ("term", access_label=Label.AMBER_STRICT.value),
                    EngineQ("term", access_orgs=reader.organisation_id),
                ],
            )
        )
    if reader.email:
        should.append(
            EngineQ(
                "bool",
                filter=[EngineQ("term", access_label=Label.RED.value), EngineQ("term", access_people=reader.email)],
            )
        )
    return EngineQ("bool", should=should, minimum_should_match=1)


def public_only() -> Query:
    """OpenSearch: public documents only (suggestions, related practices)."""
    return EngineQ("term", access_label=PUBLIC_LABEL)


def entry_filter(reader: Reader) -> Q:
    """The database copy: the entries ``reader`` may match (the same rule as ``engine_filter``)."""
    allowed = Q(access_label__in=_labels(reader))
    if reader.member and reader.vetted:
        if reader.organisation_id is not None:
            shared = SearchEntryTerm.objects.filter(
                entry=OuterRef("pk"), facet=ORG_TERM, value=str(reader.organisation_id)
            )
            allowed |= Q(Exists(shared), access_label=Label.AMBER_STRICT.value)
        if reader.email:
            named = SearchEntryTerm.objects.filter(entry=OuterRef("pk"), facet=PERSON_TERM, value=reader.email[:120])
            allowed |= Q(Exists(named), access_label=Label.RED.value)
    return allowed


def access_terms(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The database copy's rows for a part's named organisations and people."""
    orgs = document.get("access_orgs") or []
    people = document.get("access_people") or []
    return [(ORG_TERM, str(org)) for org in orgs] + [(PERSON_TERM, str(person)) for person in people]
