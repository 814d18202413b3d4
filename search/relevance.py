"""Measured relevance: nDCG@10 and the zero-result rate of a judgement set, per engine.

A judgement set (``tests/search/relevance/judgements.toml``) lists realistic queries, each with its
relevant documents graded 0–3 by a person who read the content, not the search code. The engine is
called directly, never through the service's fallback: a figure for OpenSearch is OpenSearch's, or
the evaluation fails. Used by ``bench/relevance`` (prints the figures) and the suite's relevance test
(fails below a floor).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from search.query import SearchHit, SearchQuery, SearchResult

CUTOFF = 10


class Engine(Protocol):
    name: str

    def search(self, query: SearchQuery, labels: dict[str, dict[str, str]]) -> SearchResult: ...


@dataclass(frozen=True)
class Judgement:
    text: str
    kind: str
    relevant: dict[str, int]


@dataclass
class QueryScore:
    judgement: Judgement
    ndcg: float
    count: int
    relaxed: bool
    found: list[str]


@dataclass
class Report:
    engine: str
    scores: list[QueryScore] = field(default_factory=list)

    @property
    def ndcg(self) -> float:
        return sum(score.ndcg for score in self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def zero_result_rate(self) -> float:
        return sum(score.count == 0 for score in self.scores) / len(self.scores) if self.scores else 0.0

    def half(self, held_out: bool) -> float:
        """nDCG over every other query: tune on the even ones, and see whether the odd ones follow."""
        scores = [score.ndcg for position, score in enumerate(self.scores) if position % 2 == int(held_out)]
        return sum(scores) / len(scores) if scores else 0.0

    def by_kind(self) -> dict[str, float]:
        kinds: dict[str, list[float]] = {}
        for score in self.scores:
            kinds.setdefault(score.judgement.kind, []).append(score.ndcg)
        return {kind: sum(values) / len(values) for kind, values in sorted(kinds.items())}


def load_judgements(path: Path, supplements: bool = True) -> list[Judgement]:
    """The set in ``path``, with the grades of every ``*_judgements.toml`` beside it merged in.

    A supplement grades documents the set could not know (the technology catalogue came after it) for
    the set's own queries; it never adds a query or changes a grade the set gives.
    """
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    judgements = {
        item["text"]: Judgement(
            text=item["text"], kind=item.get("kind", ""), relevant={k: int(v) for k, v in item["relevant"].items()}
        )
        for item in data["query"]
    }
    for extra in sorted(path.parent.glob("*_judgements.toml")) if supplements else []:
        with extra.open("rb") as handle:
            for item in tomllib.load(handle)["query"]:
                relevant = judgements[item["text"]].relevant  # a KeyError names a query the set does not have
                for key, grade in item["relevant"].items():
                    if key in relevant:
                        raise ValueError(f"{extra.name} grades {key} for {item['text']!r} again")
                    relevant[key] = int(grade)
    return list(judgements.values())


def document_key(hit: SearchHit) -> str:
    """``type/slug``, as the judgements name documents (the slug is the URL's last segment)."""
    return f"{hit.type}/{hit.url.rstrip('/').rsplit('/', 1)[-1]}"


def dcg(grades: Iterable[int]) -> float:
    return sum((2**grade - 1) / math.log2(position + 2) for position, grade in enumerate(grades))


def ndcg_at(found: list[str], relevant: dict[str, int], cutoff: int = CUTOFF) -> float:
    ideal = dcg(sorted(relevant.values(), reverse=True)[:cutoff])
    if ideal == 0:
        return 0.0
    return dcg(relevant.get(key, 0) for key in found[:cutoff]) / ideal


def evaluate(engine: Engine, judgements: list[Judgement], labels: dict[str, dict[str, str]] | None = None) -> Report:
    """Run every judged query on ``engine`` (first page of ten, by relevance) and score it."""
    report = Report(engine=engine.name)
    for judgement in judgements:
        result = engine.search(SearchQuery(text=judgement.text, page_size=CUTOFF), labels or {})
        found = [document_key(hit) for hit in result.hits]
        report.scores.append(
            QueryScore(judgement, ndcg_at(found, judgement.relevant), result.count, result.relaxed, found)
        )
    return report


def summary(report: Report) -> str:
    kinds = ", ".join(f"{kind} {value:.2f}" for kind, value in report.by_kind().items())
    return (
        f"{report.engine:<10} nDCG@{CUTOFF} {report.ndcg:.3f} (tuning half {report.half(False):.3f}, held-out half "
        f"{report.half(True):.3f})  zero results {report.zero_result_rate:.1%}  ({len(report.scores)} queries; "
        f"by kind: {kinds})"
    )


def worst(report: Report, count: int = 8, tuning_only: bool = False) -> list[dict[str, Any]]:
    """The queries that score lowest, with what came back, to read when tuning (the tuning half only, if asked)."""
    scores = [score for position, score in enumerate(report.scores) if not tuning_only or position % 2 == 0]
    return [
        {"q": score.judgement.text, "ndcg": round(score.ndcg, 2), "count": score.count, "top": score.found[:3]}
        for score in sorted(scores, key=lambda score: score.ndcg)[:count]
    ]
