"""Beyond one machine: a two-node OpenSearch cluster with one replica rides out losing a node.

Two real nodes (``scripts.opensearch.ClusterNode``) form a cluster beside the suite's own node: a
cluster-manager node and a data node that joins it. The portal is configured with both URLs and
one replica, so every shard has a copy on each node. Searches run while the data node is
stopped; none may fail or fall back to the database, and no document may be lost.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest
from opensearchpy import OpenSearch

from scripts import opensearch
from scripts.deployment import free_port
from search.models import SearchEntry

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


@pytest.fixture(scope="module")
def cluster():
    ports = [free_port() for _ in range(4)]
    manager = opensearch.ClusterNode("portal-a", ports[0], ports[1], [ports[1]], ["portal-a"], manager=True)
    data = opensearch.ClusterNode("portal-b", ports[2], ports[3], [ports[1]], ["portal-a"], manager=False)
    try:
        manager.start()
        data.start()
        manager.wait(nodes=2)
        yield manager, data
    except opensearch.EngineError as exc:
        pytest.fail(f"The two-node cluster could not start: {exc}", pytrace=False)
    finally:
        data.stop()
        manager.stop()


def test_a_two_node_cluster_keeps_answering_when_a_node_stops(cluster, settings, client):
    from search.indexing import rebuild

    manager, data = cluster
    settings.OPENSEARCH_URL = f"{manager.url},{data.url}"
    settings.OPENSEARCH_INDEX_PREFIX = f"cluster-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    settings.OPENSEARCH_REPLICAS = 1
    rebuild()
    es = OpenSearch(hosts=[manager.url], timeout=30)
    deadline = time.monotonic() + 60
    while (health := es.cluster.health())["status"] != "green" and time.monotonic() < deadline:
        time.sleep(0.5)  # the replicas are being copied to the second node
    assert health["status"] == "green" and health["number_of_nodes"] == 2
    index = next(iter(es.indices.get_alias(name=f"{settings.OPENSEARCH_INDEX_PREFIX}-content")))
    assert es.indices.get_settings(index=index)[index]["settings"]["index"]["number_of_replicas"] == "1"
    expected = SearchEntry.objects.count()

    stopper = threading.Thread(target=data.stop)
    answers = []
    started = time.monotonic()
    stopper.start()
    while stopper.is_alive() or time.monotonic() - started < 3:
        for params in ({"q": "market"}, {"threat_type": "vehicle-ramming", "sort": "newest"}, {"q": "station"}):
            response = client.get("/api/search/", params)
            answers.append((response.status_code, response.json().get("degraded")))
    stopper.join()
    after = [client.get("/api/search/", {"page_size": 1}).json() for _ in range(10)]

    assert len(answers) >= 10
    assert all(status == 200 for status, _ in answers), answers
    assert not any(degraded for _, degraded in answers), "a search fell back to the database"
    assert all(page["degraded"] is False for page in after)
    assert {page["count"] for page in after} == {expected}, "documents were lost with the node"
    assert es.count(index=index)["count"] == expected
